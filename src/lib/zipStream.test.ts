import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { zipStream } from './zipStream.ts'

/** A stream that hands out `bytes` in pieces and counts how much of it was read. */
function piecewise(bytes: Uint8Array, piece: number) {
  const read = { bytes: 0, cancelled: false }
  let offset = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (offset >= bytes.length) return controller.close()
        const chunk = bytes.slice(offset, offset + piece)
        offset += piece
        read.bytes += chunk.length
        controller.enqueue(chunk)
      },
      cancel() {
        read.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, read }
}

describe('zipStream', () => {
  it('writes streamed and whole entries into a zip that reads back exactly', async () => {
    const glb = new Uint8Array(
      await readFile(new URL('../../server/demo/assets/robot-expressive-animated.glb', import.meta.url)),
    )
    const { stream } = piecewise(glb, 64 * 1024)
    const zip = new Uint8Array(
      await new Response(
        zipStream([
          { name: 'cgt-1.zip', data: stream },
          { name: 'notes.txt', data: new TextEncoder().encode('hello') },
        ]),
      ).arrayBuffer(),
    )
    const back = unzipSync(zip)
    expect(Object.keys(back)).toEqual(['cgt-1.zip', 'notes.txt'])
    expect(Buffer.from(back['cgt-1.zip']!).equals(glb)).toBe(true)
    expect(new TextDecoder().decode(back['notes.txt'])).toBe('hello')
  })

  it('reads an entry only as fast as the zip is consumed, and cancels it when the zip is', async () => {
    const { stream, read } = piecewise(new Uint8Array(10 * 1024 * 1024), 64 * 1024)
    const reader = zipStream([{ name: 'big.bin', data: stream }]).getReader()
    for (let i = 0; i < 3; i++) await reader.read()
    expect(read.bytes).toBeLessThanOrEqual(4 * 64 * 1024)
    await reader.cancel()
    expect(read.cancelled).toBe(true)
  })
})
