import type { Connect, Logger, Plugin } from 'vite'
import type { ServerConfig } from './config.ts'
import { createArkProxy, redactKey } from './arkProxy.ts'
import { isWellFormedQuery, matchArkRoute } from './arkRoutes.ts'
import { createFileRelay } from './fileRelay.ts'
import { readCreateRequest } from './createRequest.ts'
import { fileHostAllowlist } from './fileHostAllowlist.ts'
import { sendError, sendJson, type Req, type Res } from './http.ts'
import { refusalOf, type GuardOptions } from './requestGuard.ts'
import { createAccess, exposureRefusal } from './access.ts'
import type { DemoArk } from './demo/demoArk.ts'
import { missingPart, serverConfigFor, type ServerParts } from './serverParts.ts'
import { binaryAssetTypes } from './binaryAssetTypes.ts'
import { keeperRoutes } from './keeper/keeperRoutes.ts'

interface Runtime {
  middleware: Connect.NextHandleFunction
  close: () => Promise<void>
}

async function startRuntime(
  config: ServerConfig,
  parts: ServerParts,
  guard: GuardOptions,
  logger: Logger,
): Promise<Runtime> {
  let demo: DemoArk | undefined
  let closeDemo = async () => {}
  const extraHosts = [...config.extraFileHosts]
  if (parts.demo) {
    const { createDemoArk, parseRate, startDemoFileHost, parseFault } = parts.demo
    const fileHost = await startDemoFileHost((id) => demo?.fileOf(id) ?? { state: 'none' }, {
      bytesPerSecondPerConnection: parseRate(process.env.ARK_DEMO_FILE_RATE),
    })
    demo = createDemoArk({
      fileHost,
      fault: parseFault(config.demoFault),
      createRunSeconds: config.demoCreateSeconds,
    })
    extraHosts.push(fileHost.host)
    closeDemo = fileHost.close
    logger.info(`  ark3d: no ARK_API_KEY set, serving the embedded demo Ark (demo files on ${fileHost.host})`)
  } else {
    // The key itself is never printed, not even a part of it.
    logger.info(`  ark3d: forwarding /api/ark to ${config.baseUrl} with the key from ARK_API_KEY`)
  }
  // Nothing the server logs may carry the key, whatever an error message quotes.
  const log = (line: string) => logger.warn(`  ${redactKey(line, config.apiKey ?? '')}`, { timestamp: true })
  const proxy = config.apiKey
    ? createArkProxy({
        apiKey: config.apiKey,
        baseUrl: config.baseUrl,
        timeoutMs: config.upstreamTimeoutMs,
        maxAnswerBytes: config.maxArkAnswerBytes,
        log,
      })
    : undefined
  const allowlist = fileHostAllowlist(extraHosts)
  const relay = createFileRelay({ allowlist: () => allowlist, ...config.relay })
  const keeper = parts.startKeeper
    ? await parts
        .startKeeper({ config, demo, relay, log, openBucketStore: parts.openBucketStore })
        .catch((error: unknown) => {
          log(`ark3d: the keeper did not start: ${error instanceof Error ? error.message : String(error)}`)
          return undefined
        })
    : undefined
  const handleKeeper = keeperRoutes(keeper)
  const access = config.access.adminToken ? createAccess(config.access) : undefined
  const serverInfo = {
    ...(demo ? { mode: 'demo' as const } : { mode: 'ark' as const, arkHost: new URL(config.baseUrl).host }),
    ...(config.browserMirror ? {} : { browserMirror: false }),
    ...(config.autoPictures ? {} : { autoPictures: false }),
    ...(keeper ? { keeper: true } : {}),
    ...(access ? { signIn: true } : {}),
  }

  const handleArk = async (req: Req, res: Res, subPath: string) => {
    const queryStart = subPath.indexOf('?')
    const path = queryStart === -1 ? subPath : subPath.slice(0, queryStart)
    const query = queryStart === -1 ? '' : subPath.slice(queryStart + 1)
    const method = req.method ?? 'GET'
    const route = matchArkRoute(path, method)
    if ('refused' in route) {
      if (route.status === 405) res.setHeader('Allow', route.refused.includes('list') ? 'GET, POST' : 'GET, DELETE')
      return sendError(res, route.status, 'NotForwarded', route.refused)
    }
    if (!isWellFormedQuery(query)) return sendError(res, 400, 'InvalidQuery', 'The query string is not well-formed.')
    if (route.kind === 'create') {
      if (query) return sendError(res, 400, 'InvalidQuery', 'A create request takes no query string.')
      const read = await readCreateRequest(req)
      if ('refused' in read) {
        log(`ark proxy: create refused before Ark: ${read.refused.code}`)
        return sendError(res, read.refused.status, read.refused.code, read.refused.message)
      }
      if (demo) return demo.handle(req, res, route.path, read.body)
      return proxy!(req, res, route, '', read.body)
    }
    if (demo) return demo.handle(req, res, `${route.path}${query ? `?${query}` : ''}`)
    return proxy!(req, res, route, query)
  }

  const handleApi = async (req: Req, res: Res, url: string) => {
    const refusal = refusalOf(req, guard)
    if (refusal) return sendError(res, 403, 'Forbidden', refusal)
    if (access && (await access.handle(req, res, url))) return
    if (url.startsWith('/api/ark/')) return handleArk(req, res, url.slice('/api/ark'.length))
    if (url === '/api/file' || url.startsWith('/api/file?')) return relay(req, res)
    if (url === '/api/server-info') return sendJson(res, 200, serverInfo)
    if (url.startsWith('/api/keeper/')) return handleKeeper(req, res, url.slice('/api/keeper'.length).split('?')[0]!)
    if (demo && parts.demo && url.startsWith('/api/demo/')) {
      return parts.demo.handleDemoControl(req, res, url.slice('/api/demo'.length).split('?')[0]!, demo)
    }
    sendError(res, 404, 'NotFound', `Nothing is served at ${url.split('?')[0]}.`)
  }

  /** A handler that throws or rejects answers a JSON 500 and the server stays up. */
  const failed = (res: Res, error: unknown) => {
    log(`ark3d: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    if (res.headersSent) return void res.destroy()
    sendError(res, 500, 'InternalError', 'The dashboard server failed on this request; it is logged in its console.')
  }

  const middleware: Connect.NextHandleFunction = (req, res, next) => {
    const url = req.url ?? '/'
    if (!url.startsWith('/api/')) return next()
    try {
      Promise.resolve(handleApi(req, res, url)).catch((error: unknown) => failed(res, error))
    } catch (error) {
      failed(res, error)
    }
  }
  return {
    middleware,
    close: async () => {
      await keeper?.close()
      await closeDemo()
    },
  }
}

function attach(
  middlewares: Connect.Server,
  httpServer: { once(event: 'close', listener: () => void): unknown } | null,
  runtime: Promise<Runtime>,
) {
  middlewares.use(binaryAssetTypes)
  middlewares.use((req, res, next) => {
    runtime.then(
      (r) => r.middleware(req, res, next),
      (error: unknown) => {
        if (!req.url?.startsWith('/api/')) return next(error)
        const why = error instanceof Error ? error.message : String(error)
        sendError(res, 500, 'ServerNotStarted', `The dashboard server could not start its Ark side: ${why}`)
      },
    )
  })
  httpServer?.once('close', () => void runtime.then((r) => r.close()))
}

/**
 * ark3d's server side, inside Vite's dev and preview servers: the key-injecting Ark proxy at
 * /api/ark, the file relay at /api/file and, with no ARK_API_KEY, the embedded demo Ark.
 */
export function ark3dServer(mode: string, parts: ServerParts): Plugin {
  // Only VITE_-prefixed variables ever reach the client bundle.
  const config = serverConfigFor(mode)
  const missing = missingPart(config, parts)
  if (missing) throw new Error(missing)
  return {
    name: 'ark3d-server',
    configureServer(server) {
      const exposed = exposureRefusal(server.config.server.host, config.access)
      if (exposed) throw new Error(exposed)
      const guard = { allowedHosts: server.config.server.allowedHosts }
      attach(server.middlewares, server.httpServer, startRuntime(config, parts, guard, server.config.logger))
    },
    configurePreviewServer(server) {
      const exposed = exposureRefusal(server.config.preview.host, config.access)
      if (exposed) throw new Error(exposed)
      const guard = { allowedHosts: server.config.preview.allowedHosts }
      attach(server.middlewares, server.httpServer, startRuntime(config, parts, guard, server.config.logger))
    },
  }
}
