import type { IncomingMessage, ServerResponse } from 'node:http'

export type Req = IncomingMessage
export type Res = ServerResponse

/**
 * A request's whole body, or undefined once it is larger than `maxBytes` (by its Content-Length or
 * as it arrives): a body over the limit is never buffered.
 */
export async function readBodyUpTo(req: Req, maxBytes: number): Promise<Buffer | undefined> {
  if (Number(req.headers['content-length']) > maxBytes) return undefined
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, size)
}

/** Errors are sent in Ark's own shape so the browser parses one format whatever answered. */
export function sendError(res: Res, status: number, code: string, message: string, type = errorType(status)) {
  sendJson(res, status, { error: { code, message, param: '', type } })
}

export function sendJson(res: Res, status: number, body: unknown, headers: Record<string, string> = {}) {
  if (res.headersSent) {
    res.destroy()
    return
  }
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  })
  res.end(text)
}

function errorType(status: number): string {
  const types: Record<number, string> = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    405: 'MethodNotAllowed',
    408: 'RequestTimeout',
    410: 'Gone',
    429: 'TooManyRequests',
    500: 'InternalServerError',
    502: 'BadGateway',
    504: 'GatewayTimeout',
  }
  return types[status] ?? 'Error'
}

export function requestUrl(req: Req): URL {
  // The host is irrelevant here: only path and query are read.
  return new URL(req.url ?? '/', 'http://local.invalid')
}
