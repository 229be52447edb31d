import { randomBytes, timingSafeEqual } from 'node:crypto'
import { readBodyUpTo, sendError, sendJson, type Req, type Res } from './http.ts'

export type Role = 'admin' | 'read-only'

export interface AccessConfig {
  /** Signs in as admin: may create, delete and sync. */
  adminToken?: string
  /** Signs in read-only: sees and downloads, changes nothing. */
  readToken?: string
}

const COOKIE = 'ark3d_session'
const SESSION_MS = 12 * 3600 * 1000
const ATTEMPTS_PER_MINUTE = 10

/** Requests only an admin may make: they create, delete or spend. */
export function needsAdmin(method: string, url: string): boolean {
  if (url.startsWith('/api/ark/')) return method !== 'GET'
  if (url.startsWith('/api/keeper/')) return method !== 'GET'
  return url.startsWith('/api/demo/') && method !== 'GET'
}

const sameSecret = (given: string, expected: string | undefined) => {
  if (!expected) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieOf(req: Req): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === COOKIE) return value.join('=')
  }
  return undefined
}

async function readToken(req: Req): Promise<string | undefined> {
  const body = await readBodyUpTo(req, 4096)
  if (!body) return undefined
  try {
    const token = (JSON.parse(body.toString('utf8')) as { token?: unknown }).token
    return typeof token === 'string' ? token : undefined
  } catch {
    return undefined
  }
}

/**
 * Sign-in for a server others can reach: a token (ARK3D_ACCESS_TOKEN, or ARK3D_READ_TOKEN for a
 * read-only session) exchanged at POST /api/session for an HttpOnly, SameSite=Strict cookie that
 * every other /api route then requires. Attempts are limited per address.
 */
export function createAccess(config: AccessConfig) {
  const sessions = new Map<string, { role: Role; expires: number }>()
  const attempts = new Map<string, number[]>()

  const sessionOf = (req: Req) => {
    const id = cookieOf(req)
    const session = id ? sessions.get(id) : undefined
    if (session && session.expires > Date.now()) return session
    if (id) sessions.delete(id)
    return undefined
  }

  async function signIn(req: Req, res: Res) {
    const address = req.socket.remoteAddress ?? 'unknown'
    const recent = (attempts.get(address) ?? []).filter((t) => t > Date.now() - 60_000)
    if (recent.length >= ATTEMPTS_PER_MINUTE) {
      attempts.set(address, recent)
      return sendError(res, 429, 'TooManyAttempts', 'Too many sign-in attempts; wait a minute.', 'TooManyRequests')
    }
    attempts.set(address, [...recent, Date.now()])
    const token = (await readToken(req)) ?? ''
    const role: Role | undefined = sameSecret(token, config.adminToken)
      ? 'admin'
      : sameSecret(token, config.readToken)
        ? 'read-only'
        : undefined
    if (!role) return sendError(res, 401, 'SignInFailed', 'That access token is not right.')
    const id = randomBytes(32).toString('hex')
    sessions.set(id, { role, expires: Date.now() + SESSION_MS })
    const secure = (req.socket as { encrypted?: boolean }).encrypted ? '; Secure' : ''
    sendJson(
      res,
      200,
      { role },
      {
        'Set-Cookie': `${COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${SESSION_MS / 1000}${secure}`,
      },
    )
  }

  return {
    /** Answers the request when access decides it (sign-in, sign-out, a refusal); false to go on. */
    async handle(req: Req, res: Res, url: string): Promise<boolean> {
      const method = req.method ?? 'GET'
      const path = url.split('?')[0]
      if (path === '/api/session') {
        if (method === 'POST') await signIn(req, res)
        else if (method === 'DELETE') {
          const id = cookieOf(req)
          if (id) sessions.delete(id)
          sendJson(res, 200, {}, { 'Set-Cookie': `${COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` })
        } else {
          const session = sessionOf(req)
          if (session) sendJson(res, 200, { role: session.role })
          else sendError(res, 401, 'SignInRequired', 'Sign in to use this dashboard.')
        }
        return true
      }
      const session = sessionOf(req)
      if (!session) {
        sendError(res, 401, 'SignInRequired', 'Sign in to use this dashboard.')
        return true
      }
      if (session.role !== 'admin' && needsAdmin(method, url)) {
        sendError(res, 403, 'ReadOnly', 'This session is read-only: it cannot create, delete or sync.')
        return true
      }
      return false
    },
  }
}

export type Access = ReturnType<typeof createAccess>

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

/** Why the server must not start: listening beyond this machine with no sign-in. */
export function exposureRefusal(host: string | boolean | undefined, access: AccessConfig): string | undefined {
  const exposed = host === true || (typeof host === 'string' && !LOOPBACK.has(host))
  if (!exposed || access.adminToken) return undefined
  return (
    `ark3d will not listen on ${host === true ? 'every network interface' : host} without sign-in: ` +
    'anyone who reaches it could use your Ark key. Set ARK3D_ACCESS_TOKEN (and optionally ARK3D_READ_TOKEN), ' +
    'or leave out --host.'
  )
}
