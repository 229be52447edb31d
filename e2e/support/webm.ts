/** Reads an EBML variable-length integer; `keepMarker` for element IDs. */
function vint(bytes: Uint8Array, at: number, keepMarker: boolean): { value: number; length: number; unknown: boolean } {
  const first = bytes[at]!
  let length = 1
  while (length <= 8 && !(first & (0x80 >> (length - 1)))) length++
  let value = keepMarker ? first : first & (0xff >> length)
  let allOnes = value === 0xff >> length
  for (let i = 1; i < length; i++) {
    value = value * 256 + bytes[at + i]!
    allOnes &&= bytes[at + i] === 0xff
  }
  return { value, length, unknown: !keepMarker && allOnes }
}

const SEGMENT = 0x18538067
const CLUSTER = 0x1f43b675
const TIMECODE = 0xe7
const SIMPLE_BLOCK = 0xa3
const BLOCK_GROUP = 0xa0
const BLOCK = 0xa1

/**
 * The presentation time (ms) of every video frame in a WebM, read from its clusters and blocks:
 * enough to tell a real recording (many frames over its length) from a still or an empty file.
 */
export function webmFrameTimes(bytes: Uint8Array): { ebml: boolean; frames: number[] } {
  const ebml = bytes[0] === 0x1a && bytes[1] === 0x45 && bytes[2] === 0xdf && bytes[3] === 0xa3
  const frames: number[] = []
  let clusterTime = 0
  let at = 0
  while (at < bytes.length - 2) {
    const id = vint(bytes, at, true)
    const size = vint(bytes, at + id.length, false)
    const content = at + id.length + size.length
    // Masters are entered, not skipped: MediaRecorder writes them with an unknown size.
    if (id.value === SEGMENT || id.value === CLUSTER || id.value === BLOCK_GROUP) {
      at = content
      continue
    }
    if (id.value === TIMECODE) {
      clusterTime = 0
      for (let i = 0; i < size.value; i++) clusterTime = clusterTime * 256 + bytes[content + i]!
    } else if (id.value === SIMPLE_BLOCK || id.value === BLOCK) {
      const track = vint(bytes, content, false)
      const relative = new DataView(bytes.buffer, bytes.byteOffset + content + track.length, 2).getInt16(0)
      frames.push(clusterTime + relative)
    }
    if (size.unknown) break
    at = content + size.value
  }
  return { ebml, frames }
}
