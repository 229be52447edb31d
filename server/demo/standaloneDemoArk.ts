import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createDemoArk } from './demoArk.ts'
import { startDemoFileHost } from './demoFileHost.ts'
import { handleDemoControl } from './demoControl.ts'

/**
 * The demo Ark on its own port, at /api/v3 like the real one, requiring a Bearer key: an
 * "Ark-compatible server" to point ARK_BASE_URL at, for tests of the real proxy path.
 */
export async function startStandaloneDemoArk(options: {
  requiredKey: string
  port?: number
  now?: () => number
  seeded?: boolean
  /** Bytes per second per connection of its file host, to stand in for a far one. */
  fileRate?: number
}) {
  // The file host asks the Ark which files exist; the Ark signs URLs for the file host.
  const holder: { ark?: ReturnType<typeof createDemoArk> } = {}
  const fileHost = await startDemoFileHost((id) => holder.ark?.fileOf(id) ?? { state: 'none' }, {
    bytesPerSecondPerConnection: options.fileRate,
  })
  const demo = createDemoArk({ fileHost, requiredKey: options.requiredKey, now: options.now, seeded: options.seeded })
  holder.ark = demo
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    if (url.startsWith('/api/v3/')) {
      try {
        return void Promise.resolve(demo.handle(req, res, url.slice('/api/v3'.length))).catch(() => res.destroy())
      } catch {
        return void res.destroy()
      }
    }
    if (url.startsWith('/__control/'))
      return void handleDemoControl(req, res, url.slice('/__control'.length).split('?')[0]!, demo)
    res.writeHead(404).end()
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${address.port}/api/v3`,
    controlUrl: `http://127.0.0.1:${address.port}/__control`,
    fileHost: fileHost.host,
    ark: demo,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await fileHost.close()
    },
  }
}

// `tsx server/demo/standaloneDemoArk.ts <key> [port]` runs it by hand.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const [key = 'demo-key', port = '0'] = process.argv.slice(2)
  const started = await startStandaloneDemoArk({ requiredKey: key, port: Number(port) })
  console.log(`demo Ark at ${started.baseUrl} (file host ${started.fileHost})`)
}
