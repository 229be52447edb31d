import { z } from 'zod'
import { readBodyUpTo, sendError, sendJson, type Req, type Res } from '../http.ts'
import type { DemoArk } from './demoArk.ts'
import { parseFault } from './demoFaults.ts'
import { DEMO_ZIP_KINDS } from './demoCatalog.ts'

const WEEK_SECONDS = 7 * 24 * 3600

/** What a demo task may be made with: checked whole before anything is stored. */
const DemoTaskSpec = z
  .object({
    queuedSeconds: z.number().min(0).max(WEEK_SECONDS),
    runningSeconds: z.number().min(0).max(WEEK_SECONDS),
    outcome: z.enum(['succeeded', 'failed', 'expired']),
    fileformat: z.enum(['glb', 'obj', 'usd', 'usdz']),
    endpointId: z.string().max(200),
    zipKind: z.enum(DEMO_ZIP_KINDS),
    ignoresRange: z.boolean(),
  })
  .partial()
  .strict()

function parseTaskSpec(body: unknown) {
  const parsed = DemoTaskSpec.safeParse(body)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]!
  const where = issue.path.length ? issue.path.join('.') : 'body'
  throw new Error(`Not a demo task spec: ${where}: ${issue.message}`)
}

async function readJson(req: Req): Promise<Record<string, unknown>> {
  const body = await readBodyUpTo(req, 10_000)
  if (!body) throw new Error('body too large')
  return body.length ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {}
}

/**
 * The demo Ark's control panel for tests and demos, at /api/demo/* (only when running on the demo):
 *   POST   /api/demo/fault            {"mode":"429","count":3,"retryAfter":1}, optionally scoped:
 *                                      "method":"DELETE", "match":"page_num=1&" (in the path and query)
 *   DELETE /api/demo/fault
 *   POST   /api/demo/reset
 *   POST   /api/demo/tasks            {"queuedSeconds":2,"runningSeconds":5,"outcome":"succeeded","fileformat":"glb","zipKind":"glb-robot"}
 *   POST   /api/demo/tasks/<id>/expire-file
 *   POST   /api/demo/tasks/<id>/forget
 *   GET    /api/demo/requests         what the demo Ark received (method, path, query)
 *   GET    /api/demo/created          the tasks the create call made, and the most of one model running at once
 */
export async function handleDemoControl(req: Req, res: Res, path: string, demo: DemoArk) {
  try {
    const method = req.method ?? 'GET'
    if (path === '/fault' && method === 'POST') {
      const body = await readJson(req)
      const spec = [body.mode, body.count, body.retryAfter].filter((v) => v !== undefined).join(':')
      const fault = parseFault(spec)
      const method = typeof body.method === 'string' ? body.method.toUpperCase() : undefined
      const match = typeof body.match === 'string' ? body.match : undefined
      demo.setFault(fault && { ...fault, method, match })
      return sendJson(res, 200, { fault: spec || 'none', method, match })
    }
    if (path === '/fault' && method === 'DELETE') {
      demo.setFault(undefined)
      return sendJson(res, 200, { fault: 'none' })
    }
    if (path === '/reset' && method === 'POST') {
      demo.reset()
      demo.setFault(undefined)
      return sendJson(res, 200, {})
    }
    if (path === '/tasks' && method === 'POST')
      return sendJson(res, 200, demo.createTask(parseTaskSpec(await readJson(req))))
    const taskAction = /^\/tasks\/([^/]+)\/(expire-file|forget)$/.exec(path)
    if (taskAction && method === 'POST') {
      const [, id, action] = taskAction
      const done = action === 'forget' ? demo.forget(id!) : demo.expireFile(id!)
      return done ? sendJson(res, 200, {}) : sendError(res, 404, 'NotFound', `No demo task ${id}.`)
    }
    if (path === '/requests' && method === 'GET') return sendJson(res, 200, { requests: demo.received() })
    if (path === '/created' && method === 'GET') return sendJson(res, 200, demo.createdLog())
    return sendError(res, 404, 'NotFound', `No demo control at ${method} ${path}.`)
  } catch (error) {
    return sendError(res, 400, 'InvalidRequest', (error as Error).message)
  }
}
