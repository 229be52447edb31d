/** A GLB taken apart: its JSON parsed and each buffer view in an ArrayBuffer of its own. */
export interface SplitGlb {
  json: GlbJson
  bufferViews: ArrayBuffer[]
}

interface GlbJson {
  asset?: { version?: string }
  buffers?: Array<{ uri?: string; byteLength?: number }>
  bufferViews?: Array<{ buffer: number; byteOffset?: number; byteLength: number; extensions?: object }>
  extensionsUsed?: string[]
}

const JSON_CHUNK = 0x4e4f534a
const BIN_CHUNK = 0x004e4942

/**
 * Done in the unzip worker so that GLTFLoader, on the main thread, neither copies the binary chunk
 * out of the GLB nor slices a copy per buffer view: for a large model those copies are one long
 * task. Undefined wherever the loader's own path must run (anything unusual, including
 * meshopt views, which decode from the whole buffer): the loader then reports the fault itself.
 */
export function splitGlb(glb: ArrayBuffer): SplitGlb | undefined {
  try {
    const view = new DataView(glb)
    if (glb.byteLength < 20 || view.getUint32(0, true) !== 0x46546c67 || view.getUint32(4, true) !== 2) return
    const length = Math.min(view.getUint32(8, true), glb.byteLength)
    let json: GlbJson | undefined
    let bin: { offset: number; length: number } | undefined
    for (let at = 12; at + 8 <= length;) {
      const chunkLength = view.getUint32(at, true)
      const type = view.getUint32(at + 4, true)
      const start = at + 8
      if (start + chunkLength > length) return
      if (type === JSON_CHUNK) json = JSON.parse(new TextDecoder().decode(new Uint8Array(glb, start, chunkLength)))
      else if (type === BIN_CHUNK && !bin) bin = { offset: start, length: chunkLength }
      at = start + chunkLength
    }
    if (!json || !isSplittable(json, bin)) return
    const bufferViews = (json.bufferViews ?? []).map((def) => {
      const from = bin!.offset + (def.byteOffset ?? 0)
      return glb.slice(from, from + def.byteLength)
    })
    return { json, bufferViews }
  } catch {
    return
  }
}

function isSplittable(json: GlbJson, bin: { length: number } | undefined): boolean {
  if (!json.asset?.version?.startsWith('2')) return false
  if (json.extensionsUsed?.includes('EXT_meshopt_compression')) return false
  if (json.buffers?.length !== 1 || json.buffers[0]!.uri !== undefined || !bin) return false
  return (json.bufferViews ?? []).every(
    (def) =>
      def.buffer === 0 &&
      def.extensions === undefined &&
      Number.isInteger(def.byteLength) &&
      (def.byteOffset ?? 0) >= 0 &&
      (def.byteOffset ?? 0) + def.byteLength <= bin.length,
  )
}

/**
 * The split of each GLB the worker unpacked, by the bytes it came from. A split is handed out once:
 * the loader's geometries keep its buffers, and a second load of the same file must not share them.
 */
const splits = new WeakMap<ArrayBuffer, SplitGlb>()

export const rememberSplit = (glb: ArrayBuffer, split: SplitGlb) => splits.set(glb, split)

export function takeSplit(glb: ArrayBuffer): SplitGlb | undefined {
  const split = splits.get(glb)
  splits.delete(glb)
  return split
}
