import { Zip, ZipPassThrough } from 'fflate'

export interface ZipInput {
  name: string
  data: ReadableStream<Uint8Array> | Uint8Array
  modified?: Date
}

/** The classic zip format's offsets are 32-bit; fflate writes no Zip64. */
export const ZIP_LIMIT_BYTES = 0xffff_ffff

export class ZipTooLarge extends Error {
  constructor() {
    super('the zip would pass 4 GB, more than a zip without Zip64 can hold')
  }
}

/**
 * One zip of the entries, stored (they are zips and pictures already), written as a stream: each
 * entry's bytes pass through as they arrive and are read only as fast as the zip is consumed.
 */
export function zipStream(entries: AsyncIterable<ZipInput> | Iterable<ZipInput>): ReadableStream<Uint8Array> {
  let written = 0
  let enqueued = false
  let failure: Error | undefined
  let controller!: ReadableStreamDefaultController<Uint8Array>
  const zip = new Zip((error, chunk) => {
    if (error) return void (failure = error)
    written += chunk.length
    enqueued = true
    controller.enqueue(chunk)
  })
  const check = () => {
    if (failure) throw failure
    if (written > ZIP_LIMIT_BYTES) throw new ZipTooLarge()
  }

  async function* steps(): AsyncGenerator<void> {
    for await (const entry of entries) {
      const file = new ZipPassThrough(entry.name)
      file.mtime = entry.modified ?? new Date()
      zip.add(file)
      if (entry.data instanceof Uint8Array) {
        file.push(entry.data, true)
        check()
        yield
        continue
      }
      const reader = entry.data.getReader()
      try {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          file.push(value)
          check()
          yield
        }
      } catch (error) {
        await reader.cancel(error).catch(() => undefined)
        throw error
      } finally {
        reader.releaseLock()
      }
      file.push(new Uint8Array(0), true)
    }
    zip.end()
    check()
  }
  const feed = steps()

  return new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c
      },
      async pull(c) {
        // A pull that enqueues nothing is not called again, so feed until a chunk is out.
        enqueued = false
        while (!enqueued) {
          if ((await feed.next()).done) return c.close()
        }
      },
      async cancel(reason) {
        await feed.throw(reason).catch(() => undefined)
      },
    },
    { highWaterMark: 0 },
  )
}
