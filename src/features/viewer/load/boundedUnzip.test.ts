import { readFile } from 'node:fs/promises'
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { unzipBounded, type UnzipStats } from './boundedUnzip.ts'
import { zipStream } from '../../../lib/zipStream.ts'

interface RawEntry {
  name: string
  /** The bytes written as the entry's data, already compressed for method 8. */
  data: Uint8Array
  method: 0 | 8
  /** What the headers claim the entry unpacks to. */
  declaredSize: number
}

/** A zip written byte by byte, so its headers can say what the test wants, true or not. */
function handMadeZip(entries: RawEntry[]): ArrayBuffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(entry.method, 8)
    local.writeUInt32LE(0, 14) // crc, not checked
    local.writeUInt32LE(entry.data.length, 18)
    local.writeUInt32LE(entry.declaredSize, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(entry.method, 10)
    central.writeUInt32LE(entry.data.length, 20)
    central.writeUInt32LE(entry.declaredSize, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, Buffer.from(entry.data))
    centrals.push(central, name)
    offset += local.length + name.length + entry.data.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  const zip = Buffer.concat([...locals, directory, end])
  return zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.length) as ArrayBuffer
}

/** A deflate stream of `bytes` zeros, made in pieces so the test itself never holds them. */
async function deflatedZeros(bytes: number): Promise<Uint8Array> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const piece = Buffer.alloc(1024 * 1024)
  for (let written = 0; written < bytes; written += piece.length) {
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  await new Promise((resolve) => deflate.end(resolve))
  return Buffer.concat(out)
}

const GiB = 1024 ** 3

describe('unzipBounded', () => {
  it('unpacks a real zip exactly: stored and deflated entries, folders skipped', async () => {
    const glb = await readFile(new URL('../../../../server/demo/assets/robot-expressive-animated.glb', import.meta.url))
    const zip = zipSync({
      'robot/': {},
      'robot/pbr/robot.glb': [glb, { level: 6 }],
      'robot/README.txt': [strToU8('made by a test'), { level: 0 }],
    })
    const result = unzipBounded(zip.buffer, GiB)
    if (!result.ok) throw new Error(result.message)
    expect(result.entries).toEqual([
      { path: 'robot/pbr/robot.glb', size: glb.length },
      { path: 'robot/README.txt', size: 14 },
    ])
    expect(Buffer.from(result.files['robot/pbr/robot.glb']!).equals(glb)).toBe(true)
    expect(crc32(new Uint8Array(result.files['robot/README.txt']!))).toBe(crc32('made by a test'))
  })

  it('unpacks entries whose sizes follow their data, as a streamed zip writes them', async () => {
    const glb = await readFile(new URL('../../../../server/demo/assets/plant-draco.glb', import.meta.url))
    const streamed = await new Response(
      zipStream([
        { name: 'plant.glb', data: new Blob([glb]).stream() },
        { name: 'empty.txt', data: new Uint8Array(0) },
      ]),
    ).arrayBuffer()
    const result = unzipBounded(streamed, GiB)
    if (!result.ok) throw new Error(result.message)
    expect(result.entries).toEqual([
      { path: 'plant.glb', size: glb.length },
      { path: 'empty.txt', size: 0 },
    ])
    expect(Buffer.from(result.files['plant.glb']!).equals(glb)).toBe(true)
  })

  it('refuses an entry that inflates past its declared size at that point, without inflating the rest', async () => {
    // Declares 1,000 bytes; the stream really holds 1 GiB of zeros (about 1 MB compressed).
    const lying = await deflatedZeros(GiB)
    const stats: UnzipStats = { inflated: 0 }
    const result = await unzipBounded(
      handMadeZip([{ name: 'model.glb', data: lying, method: 8, declaredSize: 1_000 }]),
      2 * GiB,
      stats,
    )
    expect(result).toMatchObject({ ok: false, kind: 'corrupt-zip' })
    expect(!result.ok && result.message).toMatch(/model\.glb inflates past its declared 1000 bytes/)
    // What one compressed slice can expand to, not the gigabyte the stream holds.
    expect(stats.inflated).toBeLessThan(20 * 1024 * 1024)
  })

  it('checks the declared total against the limit before inflating anything', async () => {
    const small = deflateRawSync(Buffer.alloc(10))
    const stats: UnzipStats = { inflated: 0 }
    const result = await unzipBounded(
      handMadeZip([
        { name: 'a.bin', data: small, method: 8, declaredSize: 600_000_000 },
        { name: 'b.bin', data: small, method: 8, declaredSize: 600_000_000 },
      ]),
      1_000_000_000,
      stats,
    )
    expect(result).toMatchObject({ ok: false, kind: 'too-large' })
    expect(!result.ok && result.message).toMatch(/unpacks to 1\.2 GB, more than the 1\.0 GB limit/)
    expect(stats.inflated).toBe(0)
  })

  it('refuses entries shorter than declared, and stored entries whose size does not match', async () => {
    const short = await unzipBounded(
      handMadeZip([{ name: 'short.bin', data: deflateRawSync(Buffer.alloc(10)), method: 8, declaredSize: 50 }]),
      GiB,
    )
    expect(!short.ok && short.message).toMatch(/short\.bin inflates to 10 bytes, not the 50 it declares/)
    const stored = await unzipBounded(
      handMadeZip([{ name: 'stored.bin', data: new Uint8Array(10), method: 0, declaredSize: 20 }]),
      GiB,
    )
    expect(!stored.ok && stored.message).toMatch(/stored\.bin is stored with 10 bytes but declares 20/)
  })

  it('names a zip it cannot read, and a deflate stream that is garbage', async () => {
    const notZip = await unzipBounded(new TextEncoder().encode('<html>not a zip</html>').buffer, GiB)
    expect(notZip).toMatchObject({ ok: false, kind: 'corrupt-zip' })
    const garbage = await unzipBounded(
      handMadeZip([{ name: 'x.glb', data: new Uint8Array([0xff, 0xff, 0xff, 0xff]), method: 8, declaredSize: 4 }]),
      GiB,
    )
    expect(!garbage.ok && garbage.message).toMatch(/x\.glb cannot be inflated/)
  })
})
