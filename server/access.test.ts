import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startVite, type RunningVite } from './testing/startVite.ts'
import { rawRequest } from './testing/rawRequest.ts'

const PORT = 5172
const ADMIN = 'admin-token-7f3a9c2e1d'
const READER = 'reader-token-4b8e6a0f2c'
let vite: RunningVite

const call = (path: string, options: { method?: string; cookie?: string; body?: string } = {}) =>
  rawRequest(`http://127.0.0.1:${PORT}${path}`, {
    method: options.method ?? 'GET',
    headers: {
      host: `127.0.0.1:${PORT}`,
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...(options.body ? { 'content-type': 'application/json' } : {}),
    },
    body: options.body,
  })
async function signIn(token: string) {
  const answer = await call('/api/session', { method: 'POST', body: JSON.stringify({ token }) })
  const cookie = String(answer.headers['set-cookie'] ?? '')
  return { answer, cookie: cookie.split(';')[0]!, attributes: cookie }
}

beforeAll(async () => {
  vite = await startVite({ port: PORT, env: { ARK3D_ACCESS_TOKEN: ADMIN, ARK3D_READ_TOKEN: READER } })
})
afterAll(async () => {
  await vite?.stop()
})

describe('sign-in', () => {
  it('every /api route answers 401 without a session', async () => {
    for (const path of [
      '/api/server-info',
      '/api/ark/contents/generations/tasks',
      '/api/file?url=https%3A%2F%2Fx.volces.com%2Fa.zip',
      '/api/keeper/status',
      '/api/demo/requests',
    ]) {
      const answer = await call(path)
      expect(answer.status, path).toBe(401)
      expect(JSON.parse(answer.body.toString()).error.code, path).toBe('SignInRequired')
    }
  })

  it('a right token sets an HttpOnly, SameSite=Strict session cookie that opens the routes', async () => {
    const wrong = await signIn('not-the-token-at-all')
    expect(wrong.answer.status).toBe(401)
    expect(wrong.cookie).toBe('')
    const admin = await signIn(ADMIN)
    expect(admin.answer.status).toBe(200)
    expect(admin.attributes).toMatch(/HttpOnly/)
    expect(admin.attributes).toMatch(/SameSite=Strict/)
    expect((await call('/api/server-info', { cookie: admin.cookie })).status).toBe(200)
    expect((await call('/api/session', { cookie: admin.cookie })).body.toString()).toContain('"admin"')
  })

  it('a read-only session lists but cannot delete or create', async () => {
    const reader = await signIn(READER)
    const list = await call('/api/ark/contents/generations/tasks?page_size=1', { cookie: reader.cookie })
    expect(list.status).toBe(200)
    const id = JSON.parse(list.body.toString()).items[0].id as string
    const deleted = await call(`/api/ark/contents/generations/tasks/${id}`, { method: 'DELETE', cookie: reader.cookie })
    expect(deleted.status).toBe(403)
    expect(JSON.parse(deleted.body.toString()).error.code).toBe('ReadOnly')
    const created = await call('/api/ark/contents/generations/tasks', {
      method: 'POST',
      cookie: reader.cookie,
      body: '{}',
    })
    expect(created.status).toBe(403)
    expect((await call(`/api/ark/contents/generations/tasks/${id}`, { cookie: reader.cookie })).status).toBe(200)
  })

  it('limits sign-in attempts: past ten a minute, even the right token waits', async () => {
    for (let i = 0; i < 10; i++) await signIn(`wrong-${i}-xxxxxxxxxxxx`)
    const blocked = await signIn(ADMIN)
    expect(blocked.answer.status).toBe(429)
    expect(blocked.cookie).toBe('')
  })
})

it('refuses to start on every interface with no sign-in set, and says why', async () => {
  await expect(startVite({ port: PORT + 1, args: ['--host', '0.0.0.0'] })).rejects.toThrow(
    /will not listen on 0\.0\.0\.0 without sign-in.*ARK3D_ACCESS_TOKEN/s,
  )
})
