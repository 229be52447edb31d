import net from 'node:net'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'

/** `{}` wrapped in 20 gzip layers, each named in Content-Encoding. */
const TWENTY_GZIP_LAYERS = Array.from({ length: 20 }).reduce<Buffer>((body) => gzipSync(body), Buffer.from('{}'))

/**
 * A file host (and an "Ark") that misbehaves on purpose, speaking raw TCP so it can send what no
 * HTTP library would: invalid status lines, both Content-Length and chunked, resets mid-body, a
 * trickle, plain garbage. The path picks the behaviour; `stats` counts connections.
 */
export async function startHostileHost() {
  const sockets = new Set<net.Socket>()
  const stats = { connections: 0, open: 0, maxOpen: 0 }
  /** What a request under /ark/ (an ARK_BASE_URL pointing here) gets. */
  const ark = { behaviour: '/ok' }
  const timers = new Set<NodeJS.Timeout>()
  const every = (ms: number, fn: () => void) => {
    const timer = setInterval(fn, ms)
    timers.add(timer)
    return timer
  }

  /** Writes an endless chunked body after `head`. */
  const endlessAfter = (s: net.Socket, head: string) => {
    s.write(head)
    const chunk = `10000\r\n${'z'.repeat(0x10000)}\r\n`
    const pump = () => {
      while (!s.destroyed && s.write(chunk));
      if (!s.destroyed) s.once('drain', pump)
    }
    pump()
  }
  /** Writes a chunked body after `head`, one byte a tick, forever. */
  const trickleAfter = (s: net.Socket, head: string) => {
    s.write(head)
    const timer = every(100, () => (s.destroyed ? clearInterval(timer) : s.write('1\r\n.\r\n')))
  }

  const behaviours: Record<string, (socket: net.Socket, requestHead: string) => void> = {
    '/ok': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 4\r\n\r\nPK\x03\x04'),
    '/html': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 18\r\n\r\n<script>1</script>'),
    '/mixed-replace': (s) =>
      s.end('HTTP/1.1 200 OK\r\nContent-Type: multipart/x-mixed-replace; boundary=x\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-099': (s) => s.end('HTTP/1.1 099 Odd\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-600': (s) => s.end('HTTP/1.1 600 Beyond\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-999': (s) => s.end('HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-text': (s) => s.end('HTTP/1.1 OK 200\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-500': (s) => s.end('HTTP/1.1 500 Internal\r\nContent-Length: 2\r\n\r\nhi'),
    '/status-416': (s) => s.end('HTTP/1.1 416 Range Not Satisfiable\r\nContent-Length: 0\r\n\r\n'),
    '/status-304': (s) => s.end('HTTP/1.1 304 Not Modified\r\n\r\n'),
    '/redirect-without-location': (s) => s.end('HTTP/1.1 302 Found\r\nContent-Length: 0\r\n\r\n'),
    '/redirect-to-garbage': (s) => s.end('HTTP/1.1 302 Found\r\nLocation: http://[bad\r\nContent-Length: 0\r\n\r\n'),
    '/both-lengths': (s) =>
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n'),
    '/two-lengths': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\nhello!'),
    '/bad-length': (s) => s.end('HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\nhello'),
    '/reset-mid-body': (s) => {
      s.write(`HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 100000\r\n\r\n${'x'.repeat(1000)}`)
      setTimeout(() => s.resetAndDestroy(), 50)
    },
    '/reset-before-headers': (s) => s.resetAndDestroy(),
    '/close-mid-chunked': (s) => {
      s.write('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n400\r\n' + 'y'.repeat(1024) + '\r\n')
      setTimeout(() => s.destroy(), 50)
    },
    '/garbage': (s) => s.end(Buffer.from([0, 1, 2, 255, 254, 10, 13, 10, 13, 0, 7, 7, 7])),
    '/silence': () => undefined,
    '/headers-then-silence': (s) => s.write('HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\nab'),
    '/trickle': (s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 100000\r\n\r\n')
      const timer = every(100, () => (s.destroyed ? clearInterval(timer) : s.write('.')))
    },
    '/huge-length': (s) =>
      s.end('HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nContent-Length: 1000000000000\r\n\r\nPK'),
    '/endless': (s) =>
      endlessAfter(s, 'HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nTransfer-Encoding: chunked\r\n\r\n'),
    '/many-encodings': (s) =>
      s.end(
        'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: x, x, x, x, x, x\r\nContent-Length: 2\r\n\r\n{}',
      ),
    '/gzip-layers': (s) => {
      const head = `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: ${Array(20).fill('gzip').join(', ')}\r\nContent-Length: ${TWENTY_GZIP_LAYERS.length}\r\n\r\n`
      s.end(Buffer.concat([Buffer.from(head, 'latin1'), TWENTY_GZIP_LAYERS]))
    },
    '/refused-endless': (s) => endlessAfter(s, 'HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n'),
    '/redirect-endless': (s) =>
      endlessAfter(s, 'HTTP/1.1 302 Found\r\nLocation: /slow-ok\r\nTransfer-Encoding: chunked\r\n\r\n'),
    '/redirect-slow': (s) =>
      trickleAfter(s, 'HTTP/1.1 302 Found\r\nLocation: /slow-ok\r\nTransfer-Encoding: chunked\r\n\r\n'),
    '/head-trickle': (s) => {
      s.write('HTTP/1.1 200 OK\r\nX-Slow: ')
      const timer = every(200, () => (s.destroyed ? clearInterval(timer) : s.write('a')))
    },
    '/processing-forever': (s) => {
      const timer = every(500, () => (s.destroyed ? clearInterval(timer) : s.write('HTTP/1.1 102 Processing\r\n\r\n')))
    },
    '/echo-key': (s, requestHead) => {
      // An Ark that repeats the caller's key, in its headers and in its error message.
      const key = /^authorization: *bearer +(.*)$/im.exec(requestHead)?.[1]?.trim() ?? 'none'
      const body = JSON.stringify({ error: { code: 'AuthenticationError', message: `The API key ${key} is invalid.` } })
      s.end(
        `HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nX-Request-Id: req-${key}\r\n` +
          `X-Client-Request-Id: ${key}\r\nRetry-After: ${key}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      )
    },
    '/huge-json': (s) => {
      const body = `{"items":[${'{"id":"cgt-x"},'.repeat(200_000)}{"id":"cgt-y"}],"total":1}`
      s.end(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`)
    },
    '/slow-ok': (s) => {
      // A well-behaved keep-alive host: the socket stays open for the next request.
      const timer = setTimeout(
        () => s.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\n\r\nok'),
        300,
      )
      timers.add(timer)
    },
  }

  const server = net.createServer((socket) => {
    sockets.add(socket)
    stats.connections++
    stats.open++
    stats.maxOpen = Math.max(stats.maxOpen, stats.open)
    socket.on('error', () => undefined)
    socket.on('close', () => {
      sockets.delete(socket)
      stats.open--
    })
    let head = ''
    const onData = (data: Buffer) => {
      head += data.toString('latin1')
      let end: number
      // Keep-alive: answer each request head on the socket in turn.
      while ((end = head.indexOf('\r\n\r\n')) !== -1) {
        const requestHead = head.slice(0, end)
        const requestLine = head.slice(0, head.indexOf('\r\n'))
        head = head.slice(end + 4)
        const path = requestLine.split(' ')[1]?.split('?')[0] ?? '/'
        const behaviour = path.startsWith('/ark/') ? ark.behaviour : path
        const answer = behaviours[behaviour]
        if (answer) answer(socket, requestHead)
        else socket.end('HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n')
      }
    }
    socket.on('data', onData)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const host = `127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    host,
    url: (path: string) => `http://${host}${path}`,
    stats,
    ark,
    paths: Object.keys(behaviours),
    close: async () => {
      for (const timer of timers) clearInterval(timer)
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

export type HostileHost = Awaited<ReturnType<typeof startHostileHost>>
