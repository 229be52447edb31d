import {
  Mesh,
  NoBlending,
  NoColorSpace,
  OrthographicCamera,
  PlaneGeometry,
  SRGBColorSpace,
  Scene,
  ShaderMaterial,
  WebGLRenderTarget,
  type Texture,
  type WebGLRenderer,
} from 'three'

/**
 * Draws a texture as the GPU holds it into pixels the page can show: one path for PNG, JPEG, WebP
 * and KTX2 alike (a compressed texture has no image a 2D canvas could draw). Colour textures are
 * decoded and re-encoded as sRGB, so the pixels are the image's own; data textures pass through.
 */
export function texturePixels(renderer: WebGLRenderer, texture: Texture, maxSide: number): ImageData {
  const { width: w0 = 1, height: h0 = 1 } = (texture.image ?? texture.mipmaps?.[0] ?? {}) as {
    width?: number
    height?: number
  }
  const scale = Math.min(1, maxSide / Math.max(w0, h0))
  const width = Math.max(1, Math.round(w0 * scale))
  const height = Math.max(1, Math.round(h0 * scale))
  const target = new WebGLRenderTarget(width, height)
  target.texture.colorSpace = texture.colorSpace === SRGBColorSpace ? SRGBColorSpace : NoColorSpace
  const material = new ShaderMaterial({
    uniforms: { map: { value: texture } },
    vertexShader: 'varying vec2 vUv; void main() { vUv = uv; gl_Position = vec4(position.xy, 0.0, 1.0); }',
    fragmentShader: 'uniform sampler2D map; varying vec2 vUv; void main() { gl_FragColor = texture2D(map, vUv); }',
    blending: NoBlending,
    depthTest: false,
    depthWrite: false,
  })
  const geometry = new PlaneGeometry(2, 2)
  const scene = new Scene().add(new Mesh(geometry, material))
  const previous = renderer.getRenderTarget()
  const pixels = new Uint8ClampedArray(width * height * 4)
  try {
    renderer.setRenderTarget(target)
    renderer.render(scene, new OrthographicCamera())
    renderer.readRenderTargetPixels(target, 0, 0, width, height, pixels)
  } finally {
    renderer.setRenderTarget(previous)
    target.dispose()
    material.dispose()
    geometry.dispose()
  }
  // readPixels returns the bottom row first. A texture uploaded with flipY holds the image bottom-up
  // already; one without (glTF, KTX2) holds it top-down, so its rows come back in image order.
  if (!texture.flipY) return new ImageData(pixels, width, height)
  const flipped = new Uint8ClampedArray(pixels.length)
  const row = width * 4
  for (let y = 0; y < height; y++) flipped.set(pixels.subarray(y * row, (y + 1) * row), (height - 1 - y) * row)
  return new ImageData(flipped, width, height)
}

export type Channel = 'r' | 'g' | 'b' | 'a'

/** The pixels with only the chosen channels: one alone shows as grey, alpha off shows opaque. */
export function channelView(source: ImageData, channels: ReadonlySet<Channel>): ImageData {
  const out = new Uint8ClampedArray(source.data.length)
  const data = source.data
  const colour = (['r', 'g', 'b'] as const).filter((c) => channels.has(c))
  const only = colour.length === 1 ? { r: 0, g: 1, b: 2 }[colour[0]!] : undefined
  const alphaOnly = colour.length === 0 && channels.has('a')
  for (let i = 0; i < data.length; i += 4) {
    if (alphaOnly) {
      out[i] = out[i + 1] = out[i + 2] = data[i + 3]!
      out[i + 3] = 255
      continue
    }
    if (only !== undefined) out[i] = out[i + 1] = out[i + 2] = data[i + only]!
    else {
      out[i] = channels.has('r') ? data[i]! : 0
      out[i + 1] = channels.has('g') ? data[i + 1]! : 0
      out[i + 2] = channels.has('b') ? data[i + 2]! : 0
    }
    out[i + 3] = channels.has('a') ? data[i + 3]! : 255
  }
  return new ImageData(out, source.width, source.height)
}
