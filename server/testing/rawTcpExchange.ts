import net from 'node:net'

export interface RawExchange {
  /** The status code, or undefined when the server closed without a status line. */
  status?: number
  /** Everything the server sent: status line, headers and body. */
  bytes: Buffer
}

/**
 * Sends `request` as bytes on a fresh TCP connection and reads until the server closes it: the
 * method, target and headers go out exactly as given, unicode and malformed escapes included.
 */
export function rawTcpExchange(port: number, request: Buffer, timeoutMs: number): Promise<RawExchange> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1')
    const chunks: Buffer[] = []
    const timer = setTimeout(() => {
      socket.destroy()
      reject(
        new Error(`no answer within ${timeoutMs} ms to ${JSON.stringify(request.toString('latin1').slice(0, 200))}`),
      )
    }, timeoutMs)
    // Not half-closed: Node takes a client's FIN as giving up on the answer. `Connection: close` ends it.
    socket.on('connect', () => socket.write(request))
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    const done = () => {
      clearTimeout(timer)
      const bytes = Buffer.concat(chunks)
      const status = /^HTTP\/1\.[01] (\d{3}) /.exec(bytes.subarray(0, 20).toString('latin1'))?.[1]
      resolve({ status: status ? Number(status) : undefined, bytes })
    }
    socket.on('close', done)
    socket.on('error', () => undefined)
  })
}
