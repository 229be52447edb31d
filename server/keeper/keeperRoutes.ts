import { readBodyUpTo, sendError, sendJson, type Req, type Res } from '../http.ts'
import { TASK_ID } from '../arkRoutes.ts'
import type { Keeper } from './keeper.ts'
import type { KeeperIndex } from './keeperIndex.ts'
import type { Readable } from 'node:stream'

/**
 * /api/keeper/*: the keeper's status, every task it holds (with what it kept), each kept file,
 * and a sync on request. With the keeper off, only the status answers, saying so.
 */
interface KeeperHandle {
  keeper: Keeper
  index: KeeperIndex
  readFile: (sha256: string) => Promise<Readable>
  savePicture: (taskId: string, body: Buffer, type: string) => Promise<void>
  readPicture: (taskId: string) => Promise<Readable>
}

const MAX_PICTURE_BYTES = 512 * 1024
/** A picture's real type from its first bytes: WebP or PNG, nothing else is kept. */
function pictureType(bytes: Buffer): string | undefined {
  if (bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP')
    return 'image/webp'
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png'
  return undefined
}

export function keeperRoutes(keeper: KeeperHandle | undefined) {
  return async function handle(req: Req, res: Res, path: string) {
    const method = req.method ?? 'GET'
    if (path === '/status' && method === 'GET')
      return sendJson(res, 200, keeper ? { on: true, ...keeper.keeper.status() } : { on: false })
    if (!keeper) return sendError(res, 404, 'KeeperOff', 'The keeper is off on this server (ARK3D_KEEPER=off).')
    if (path === '/sync' && method === 'POST') {
      await keeper.keeper.runNow()
      return sendJson(res, 200, { on: true, ...keeper.keeper.status() })
    }
    if (path === '/tasks' && method === 'GET') {
      const tasks = keeper.index.tasks().map((t) => ({
        raw: t.raw,
        ...(t.file ? { file: { bytes: t.file.bytes, keptAt: t.file.keptAt } } : {}),
        ...(t.gone ? { gone: t.gone } : {}),
        ...(t.pictureAt ? { pictureAt: t.pictureAt } : {}),
      }))
      return sendJson(res, 200, { tasks })
    }
    const picture = /^\/thumbnails\/([^/]+)$/.exec(path)
    if (picture) {
      const id = decodeURIComponent(picture[1]!)
      const task = TASK_ID.test(id) ? keeper.index.task(id) : undefined
      if (!task) return sendError(res, 404, 'NotKept', `The server holds no task ${id}.`)
      if (method === 'PUT') {
        const body = await readBodyUpTo(req, MAX_PICTURE_BYTES)
        if (!body)
          return sendError(res, 413, 'PictureTooLarge', `A picture may be at most ${MAX_PICTURE_BYTES / 1024} KB.`)
        const type = pictureType(body)
        if (!type) return sendError(res, 415, 'NotAPicture', 'A picture is kept as WebP or PNG only.')
        await keeper.savePicture(id, body, type)
        return sendJson(res, 200, { pictureAt: keeper.index.task(id)?.pictureAt })
      }
      if (method !== 'GET')
        return sendError(res, 405, 'MethodNotAllowed', 'Pictures are read with GET, given with PUT.')
      if (!task.pictureAt) return sendError(res, 404, 'NoPicture', `The server has no picture of ${id}.`)
      const chunks: Buffer[] = []
      for await (const chunk of await keeper.readPicture(id)) chunks.push(chunk as Buffer)
      const body = Buffer.concat(chunks)
      res.writeHead(200, {
        'content-type': pictureType(body) ?? 'application/octet-stream',
        'content-length': String(body.length),
        'cache-control': 'private, no-cache',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      return void res.end(body)
    }
    const file = /^\/files\/([^/]+)$/.exec(path)
    if (file && method === 'GET') {
      const id = decodeURIComponent(file[1]!)
      const kept = TASK_ID.test(id) ? keeper.index.task(id)?.file : undefined
      if (!kept) return sendError(res, 404, 'NotKept', `The server has not kept the files of ${id}.`)
      let stream: Readable
      try {
        stream = await keeper.readFile(kept.sha256)
      } catch (error) {
        return sendError(res, 502, 'StoreUnreadable', `The store could not give the file: ${(error as Error).message}`)
      }
      res.writeHead(200, {
        'content-type': 'application/zip',
        'content-length': String(kept.bytes),
        'cache-control': 'private, max-age=31536000, immutable',
        etag: `"${kept.sha256}"`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      stream.on('error', () => res.destroy())
      res.on('close', () => stream.destroy())
      return void stream.pipe(res)
    }
    return sendError(res, 404, 'NotFound', `Nothing is served at /api/keeper${path}.`)
  }
}
