import { sendError, sendJson, type Req, type Res } from '../http.ts'
import type { Keeper } from './keeper.ts'
import type { KeeperIndex } from './keeperIndex.ts'
import type { Readable } from 'node:stream'

const TASK_ID = /^[A-Za-z0-9_-]{1,128}$/

/**
 * /api/keeper/*: the keeper's status, every task it holds (with what it kept), each kept file,
 * and a sync on request. With the keeper off, only the status answers, saying so.
 */
export function keeperRoutes(
  keeper: { keeper: Keeper; index: KeeperIndex; readFile: (sha256: string) => Promise<Readable> } | undefined,
) {
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
      }))
      return sendJson(res, 200, { tasks })
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
