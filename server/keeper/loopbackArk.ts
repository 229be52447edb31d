import { randomBytes } from 'node:crypto'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { DemoArk } from '../demo/demoArk.ts'

/**
 * The in-process demo Ark on a loopback port behind a one-time key, so the keeper reads it over
 * HTTP exactly as it reads a real Ark.
 */
export async function demoArkOnLoopback(demo: DemoArk) {
  const key = randomBytes(16).toString('hex')
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    if (req.headers.authorization !== `Bearer ${key}` || !url.startsWith('/api/v3/'))
      return void res.writeHead(401).end()
    Promise.resolve(demo.handle(req, res, url.slice('/api/v3'.length))).catch(() => res.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v3`,
    key,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
