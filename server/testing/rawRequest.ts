import http from 'node:http'

export interface RawAnswer {
  status: number
  headers: http.IncomingHttpHeaders
  body: Buffer
  /** False when the body ended before it was whole (a relay that cut the download off). */
  complete: boolean
}

/** A request with headers fetch() will not set (Host, Origin, Sec-Fetch-Site); a cut-off body resolves, marked. */
export function rawRequest(
  url: string,
  options: { method?: string; headers?: Record<string, string>; agent?: http.Agent; body?: string } = {},
): Promise<RawAnswer> {
  // The path is sent exactly as written: no URL parser removes its dot segments or fixes its escapes.
  const [, origin, path] = /^(https?:\/\/[^/]+)(\/.*)?$/.exec(url)!
  const { hostname, port } = new URL(origin!)
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname,
        port,
        path: path ?? '/',
        method: options.method ?? 'GET',
        headers: options.headers,
        agent: options.agent,
      },
      (response) => {
        const chunks: Buffer[] = []
        const done = () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
            complete: response.complete,
          })
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', done)
        response.on('error', done)
        response.on('aborted', done)
      },
    )
    request.on('error', reject)
    request.end(options.body)
  })
}
