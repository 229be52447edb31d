import {
  BufferGeometry,
  Mesh,
  MeshBasicMaterial,
  type Camera,
  type Object3D,
  type Scene,
  type Texture,
  type WebGLRenderer,
} from 'three'
import { afterThisTask } from '../../../lib/afterThisTask.ts'
import { materialsUnder, meshesUnder, texturesOf } from '../load/modelParts.ts'
import { untilGpuDone } from './untilGpuDone.ts'

/**
 * The extensions three asks for on first use (texture filtering, parallel shader compile, the
 * compressed formats KTX2 looks for). Asking is a round trip that waits for everything the GPU
 * has queued (a long wait behind a texture upload under a software GPU); asked first, it waits for nothing.
 */
const EXTENSIONS_ASKED_LATER = [
  'EXT_texture_filter_anisotropic',
  'KHR_parallel_shader_compile',
  'WEBGL_compressed_texture_astc',
  'WEBGL_compressed_texture_etc',
  'WEBGL_compressed_texture_etc1',
  'WEBGL_compressed_texture_pvrtc',
  'WEBKIT_WEBGL_compressed_texture_pvrtc',
  'WEBGL_compressed_texture_s3tc',
  'WEBGL_compressed_texture_s3tc_srgb',
  'EXT_texture_compression_bptc',
  'EXT_texture_compression_rgtc',
  'EXT_texture_norm16',
  'WEBGL_multi_draw',
  'EXT_clip_control',
]

export function askExtensionsNow(renderer: WebGLRenderer): void {
  for (const name of EXTENSIONS_ASKED_LATER) renderer.extensions.has(name)
}

function texturesUnder(root: Object3D): Texture[] {
  return [...new Set([...materialsUnder(root)].flatMap(texturesOf))]
}

/**
 * Does before `root` is shown what three would otherwise do inside the first frame that draws it,
 * one long task under a software GPU, one step per task: the first
 * use of each program `root` and `alsoShown` (the grid, say) draw with (its uniforms are looked
 * up, a round trip that waits for whatever the GPU has queued, so done before the uploads), each
 * texture's upload, the vertex buffers a few megabytes at a time. Buffers are
 * uploaded by drawing, into the scene, stand-in meshes that each hold one of them with an invisible
 * material (three uploads the buffers of every mesh it meets, and draws nothing invisible); the
 * stand-ins are emptied before they are freed, so freeing them frees nothing the model uses. The
 * index stays with the first frame: only a draw uploads it.
 */
export async function uploadInSteps(
  renderer: WebGLRenderer,
  scene: Scene,
  camera: Camera,
  root: Object3D,
  cancelled: () => boolean,
  alsoShown?: Object3D | null,
): Promise<void> {
  // A look-up is a round trip that waits for everything queued before it: it waits for the GPU
  // without blocking first. An upload needs no such wait (waiting for the GPU to finish each one made
  // the first pixels later), only a task of its own.
  const gl = renderer.getContext() as WebGL2RenderingContext
  await untilGpuDone(gl)
  if (cancelled()) return
  lookUniformsUp(renderer, root)
  if (alsoShown) {
    await untilGpuDone(gl)
    lookUniformsUp(renderer, alsoShown)
  }
  for (const texture of texturesUnder(root)) {
    await afterThisTask()
    if (cancelled()) return
    renderer.initTexture(texture)
  }
  const invisible = new MeshBasicMaterial({ visible: false })
  try {
    for (const batch of uploadBatches(meshesUnder(root))) {
      await afterThisTask()
      if (cancelled()) return
      drawStandIns(
        renderer,
        scene,
        camera,
        batch.map((attribute) => {
          const holder = new BufferGeometry()
          holder.setAttribute('buffer', attribute)
          return new Mesh(holder, invisible)
        }),
      )
    }
  } finally {
    invisible.dispose()
  }
}

/**
 * A short upload under a software GPU: a large buffer goes alone, small ones together. A larger
 * step could find the browser's transfer buffer still full and wait there (BENCHMARKS.md).
 */
const BYTES_PER_STEP = 2 * 1024 * 1024

type Attribute = BufferGeometry['attributes'][string]

function uploadBatches(meshes: Mesh[]): Attribute[][] {
  const batches: Attribute[][] = []
  let batch: Attribute[] = []
  let bytes = 0
  for (const mesh of meshes)
    for (const attribute of Object.values(mesh.geometry.attributes)) {
      const size = 'data' in attribute ? attribute.data.array.byteLength : attribute.array.byteLength
      if (batch.length > 0 && bytes + size > BYTES_PER_STEP) {
        batches.push(batch)
        batch = []
        bytes = 0
      }
      batch.push(attribute)
      bytes += size
    }
  if (batch.length > 0) batches.push(batch)
  return batches
}

/** The first use of each program `compileAsync` made for `root`'s materials. */
function lookUniformsUp(renderer: WebGLRenderer, root: Object3D): void {
  for (const material of materialsUnder(root)) {
    const properties = renderer.properties.get(material) as { currentProgram?: { getUniforms(): unknown } }
    properties.currentProgram?.getUniforms()
  }
}

function drawStandIns(renderer: WebGLRenderer, scene: Scene, camera: Camera, standIns: Mesh[]): void {
  const autoClear = renderer.autoClear
  renderer.autoClear = false
  for (const standIn of standIns) standIn.frustumCulled = false
  scene.add(...standIns)
  try {
    renderer.render(scene, camera)
  } finally {
    scene.remove(...standIns)
    renderer.autoClear = autoClear
    for (const { geometry } of standIns) {
      // Emptied first: freeing a geometry frees its buffers, which are the model's.
      for (const name of Object.keys(geometry.attributes)) geometry.deleteAttribute(name)
      geometry.dispose()
    }
  }
}
