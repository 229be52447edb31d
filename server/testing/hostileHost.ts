import net from 'node:net'
import type { AddressInfo } from 'node:net'

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

  const behaviours: Record<string, (socket: net.Socket) => void> = {
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
    '/endless': (s) => {
      s.write('HTTP/1.1 200 OK\r\nContent-Type: application/zip\r\nTransfer-Encoding: chunked\r\n\r\n')
      const chunk = `10000\r\n${'z'.repeat(0x10000)}\r\n`
      const pump = () => {
        while (!s.destroyed && s.write(chunk));
        if (!s.destroyed) s.once('drain', pump)
      }
      pump()
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
        const requestLine = head.slice(0, head.indexOf('\r\n'))
        head = head.slice(end + 4)
        const path = requestLine.split(' ')[1]?.split('?')[0] ?? '/'
        const behaviour = path.startsWith('/ark/') ? ark.behaviour : path
        const answer = behaviours[behaviour]
        if (answer) answer(socket)
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
