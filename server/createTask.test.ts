import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneDemoArk } from './demo/standaloneDemoArk.ts'
import { startVite, type RunningVite } from './testing/startVite.ts'
import { rawRequest, type RawAnswer } from './testing/rawRequest.ts'

// The create route through the real Vite server, forwarding with a key to a local Ark-compatible server.
const KEY = 'sk-ark3d-create-canary-77a1'
const PORT = 5177
const TASKS = '/api/ark/contents/generations/tasks'
const PNG = `data:image/png;base64,${Buffer.from('not really a png, but base64').toString('base64')}`
let ark: Awaited<ReturnType<typeof startStandaloneDemoArk>>
let vite: RunningVite
const answers: RawAnswer[] = []

async function post(body: string, headers: Record<string, string> = {}) {
  const answer = await rawRequest(`${vite.url}${TASKS}`, {
    method: 'POST',
    headers: { host: `127.0.0.1:${PORT}`, 'content-type': 'application/json', ...headers },
    body,
  })
  answers.push(answer)
  return answer
}
const errorOf = (answer: RawAnswer) =>
  (JSON.parse(answer.body.toString()) as { error: { code: string; message: string } }).error
const creates = () => ark.ark.received().filter((r) => r.method === 'POST').length
const validBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    model: 'doubao-seed3d-2-0-260328',
    content: [
      { type: 'text', text: '--subdivisionlevel medium --fileformat glb' },
      { type: 'image_url', image_url: { url: PNG } },
    ],
    ...extra,
  })

beforeAll(async () => {
  ark = await startStandaloneDemoArk({ requiredKey: KEY })
  vite = await startVite({ port: PORT, env: { ARK_API_KEY: KEY, ARK_BASE_URL: ark.baseUrl } })
})

afterAll(async () => {
  await vite?.stop()
  await ark?.close()
})

describe('creating a task through the proxy', () => {
  it('sends a checked body once, with the key, and answers the new task ID', async () => {
    const before = creates()
    const answer = await post(validBody(), { authorization: 'Bearer from-the-browser' })
    expect(answer.status).toBe(200)
    const { id } = JSON.parse(answer.body.toString()) as { id: string }
    expect(id).toMatch(/^cgt-/)
    expect(creates()).toBe(before + 1)
    const received = ark.ark.received().at(-1)!
    expect(received.authorization).toBe(`Bearer ${KEY}`)
    expect(received.clientRequestId).toMatch(/^ark3d-/)
    const task = await rawRequest(`${vite.url}${TASKS}/${id}`, { headers: { host: `127.0.0.1:${PORT}` } })
    const item = JSON.parse(task.body.toString()) as Record<string, unknown>
    expect(item).toMatchObject({
      id,
      model: 'doubao-seed3d-2-0-260328',
      status: 'queued',
      fileformat: 'glb',
      subdivisionlevel: 'medium',
    })
  })

  it('refuses a cross-site or cross-origin POST before reading it', async () => {
    const before = creates()
    const crossSite = await post(validBody(), { 'sec-fetch-site': 'cross-site' })
    const otherOrigin = await post(validBody(), { origin: 'https://attacker.test' })
    const rebound = await post(validBody(), { host: 'attacker.test' })
    for (const answer of [crossSite, otherOrigin, rebound]) expect(answer.status).toBe(403)
    expect(creates()).toBe(before)
  })

  it('answers 413 to a body over 15 MB and never reaches Ark', async () => {
    const before = creates()
    const huge = validBody({ pad: 'x'.repeat(16 * 1024 ** 2) })
    const answer = await post(huge)
    expect(answer.status).toBe(413)
    expect(errorOf(answer).message).toMatch(/larger than 15 MB/)
    expect(creates()).toBe(before)
  })

  it('refuses, with the reason, a body that is not a 3D create request', async () => {
    const before = creates()
    const cases: [string, RegExp][] = [
      [validBody({ callback_url: 'https://attacker.test/' }), /"callback_url" is not part of/],
      [
        JSON.stringify({
          model: 'doubao-seed3d-2-0-260328',
          content: [{ type: 'video_url', video_url: { url: 'x' } }],
        }),
        /text or image_url, not "video_url"/,
      ],
      [
        JSON.stringify({
          model: 'doubao-seed3d-2-0-260328',
          content: [
            { type: 'text', text: '--seed 7 --fileformat glb' },
            { type: 'image_url', image_url: { url: PNG } },
          ],
        }),
        /--seed is not a command/,
      ],
      [
        JSON.stringify({ model: 'doubao-seedance-1-0-pro-250528', content: [{ type: 'text', text: 'a cat' }] }),
        /3D model Ark lists or an endpoint ID/,
      ],
      ['{"model": ', /not valid JSON/],
    ]
    for (const [body, reason] of cases) {
      const answer = await post(body)
      expect(answer.status, body.slice(0, 80)).toBe(400)
      expect(errorOf(answer).message, body.slice(0, 80)).toMatch(reason)
    }
    const asForm = await post('model=x', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(asForm.status).toBe(415)
    expect(creates()).toBe(before)
  })

  it('passes on Ark refusing an endpoint it does not know', async () => {
    const answer = await post(validBody({ model: 'ep-20990101000000-nope1' }))
    expect(answer.status).toBe(404)
    expect(errorOf(answer).code).toBe('InvalidEndpointOrModel.NotFound')
  })

  it('never puts the key in an answer or the log', () => {
    expect(answers.length).toBeGreaterThan(8)
    for (const answer of answers) {
      expect(answer.body.includes(KEY)).toBe(false)
      expect(JSON.stringify(answer.headers)).not.toContain(KEY)
    }
    expect(vite.output()).not.toContain(KEY)
  })
})
