/// <reference lib="webworker" />
// Prefilters the studio HDR for image-based lighting (PMREM) in this worker's own WebGL context
// and sends back every face and mip level as half floats: the main thread only uploads them.
import { DataUtils, EquirectangularReflectionMapping, PMREMGenerator, WebGLRenderer } from 'three'
import { HDRLoader } from 'three/examples/jsm/loaders/HDRLoader.js'
import type { PrefilterRequest, PrefilterResponse, PrefilteredFace } from './prefilterProtocol.ts'

self.onmessage = async ({ data }: MessageEvent<PrefilterRequest>) => {
  let renderer: WebGLRenderer | undefined
  try {
    renderer = new WebGLRenderer({ canvas: new OffscreenCanvas(1, 1), antialias: false, alpha: false })
    const hdr = await new HDRLoader().loadAsync(data.url)
    hdr.mapping = EquirectangularReflectionMapping
    const pmrem = new PMREMGenerator(renderer)
    const target = pmrem.fromEquirectangular(hdr)
    const gl = renderer.getContext() as WebGL2RenderingContext
    const faces: PrefilteredFace[] = []
    const transfer: ArrayBuffer[] = []
    for (let face = 0; face < 6; face++) {
      const mipmaps = target.texture.mipmaps.map((_, level) => {
        const size = target.width >> level
        renderer!.setRenderTarget(target, face, level)
        const floats = new Float32Array(size * size * 4)
        gl.readPixels(0, 0, size, size, gl.RGBA, gl.FLOAT, floats)
        const data = new Uint16Array(floats.length)
        for (let i = 0; i < floats.length; i++) data[i] = DataUtils.toHalfFloat(floats[i]!)
        transfer.push(data.buffer)
        return { width: size, height: size, data }
      })
      faces.push({ width: target.width, height: target.height, mipmaps })
    }
    renderer.setRenderTarget(null)
    pmrem.dispose()
    target.dispose()
    hdr.dispose()
    self.postMessage({ faces } satisfies PrefilterResponse, transfer)
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies PrefilterResponse)
  } finally {
    renderer?.dispose()
  }
}
