import { createHash, randomBytes } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { RelayLimits } from '../config.ts'
import { zipProblem } from './zipCheck.ts'

/** Why a file was not kept; `retry` when trying again later may work. */
export class KeepFailure extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message)
  }
}

/**
 * Files named by their SHA-256 in `<dir>/files`, written through `<dir>/incoming` so a half file
 * is never under its final name: a restart removes what was incoming and starts those again.
 */
export async function openLocalFileStore(dir: string) {
  const files = join(dir, 'files')
  const incoming = join(dir, 'incoming')
  await mkdir(files, { recursive: true })
  await rm(incoming, { recursive: true, force: true })
  await mkdir(incoming, { recursive: true })
  const pathOf = (sha256: string) => join(files, `${sha256}.zip`)

  return {
    pathOf,
    async has(sha256: string) {
      return stat(pathOf(sha256)).then(
        () => true,
        () => false,
      )
    },
    /** Streams a download to disk under the relay's byte cap and progress rule, checks the zip, then files it. */
    async keep(body: Readable, limits: Pick<RelayLimits, 'maxBytes' | 'minProgress'>) {
      const part = join(incoming, `${randomBytes(8).toString('hex')}.part`)
      const hash = createHash('sha256')
      let bytes = 0
      let sinceCheck = 0
      let stalled = false
      const progress = setInterval(() => {
        if (sinceCheck < limits.minProgress.minBytes) {
          stalled = true
          body.destroy(new Error('stalled'))
        }
        sinceCheck = 0
      }, limits.minProgress.windowMs)
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          bytes += chunk.length
          sinceCheck += chunk.length
          if (bytes > limits.maxBytes)
            return done(new KeepFailure(`the file is larger than ${limits.maxBytes} bytes`, false))
          hash.update(chunk)
          done(null, chunk)
        },
      })
      try {
        await pipeline(body, counter, createWriteStream(part))
      } catch (error) {
        await rm(part, { force: true })
        if (error instanceof KeepFailure) throw error
        const code = (error as NodeJS.ErrnoException).code
        if (code === 'ENOSPC' || code === 'EDQUOT')
          throw new KeepFailure('the disk is full: nothing half-written was kept', true)
        if (stalled) throw new KeepFailure('the file host stalled', true)
        throw new KeepFailure(`the download broke off (${(error as Error).message})`, true)
      } finally {
        clearInterval(progress)
      }
      const problem = await zipProblem(part)
      if (problem) {
        await rm(part, { force: true })
        throw new KeepFailure(`the zip is broken: ${problem}`, true)
      }
      const sha256 = hash.digest('hex')
      await rename(part, pathOf(sha256))
      return { sha256, bytes }
    },
    read: (sha256: string) => createReadStream(pathOf(sha256)),
    /** Drops a staged file once the shared bucket holds it. */
    remove: (sha256: string) => rm(pathOf(sha256), { force: true }),
    /** Every file stored, by name: for a check that nothing is half kept. */
    list: async () => ({ files: await readdir(files), incoming: await readdir(incoming) }),
  }
}

export type LocalFileStore = Awaited<ReturnType<typeof openLocalFileStore>>
