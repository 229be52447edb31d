import { describe, expect, it } from 'vitest'
import { createTaskBody } from '../../src/api/createTaskRequest.ts'
import { createDemoCreator } from './demoCreate.ts'

const image = (text: string) => `data:image/png;base64,${Buffer.from(text).toString('base64')}`
const body = (model: string, text = 'a plain picture') => createTaskBody({ model, image: image(text), format: 'glb' })

describe('the demo Ark creating tasks', () => {
  it('queues beyond the model running limit, so no more than five of Seed3D 2.0 ever run together', () => {
    const creator = createDemoCreator({ runSeconds: 30 })
    const lives = Array.from({ length: 12 }, (_, i) => creator.decide(body('doubao-seed3d-2-0-260328'), 1000 + i))
    for (const life of lives) {
      if (!life.ok) throw new Error(life.message)
      creator.record({ id: String(life.startsAt), model: life.endpoint.model, createdAt: 0, ...life })
    }
    expect(creator.log().mostRunning['doubao-seed3d-2-0-260328']).toBe(5)
    const starts = lives.map((l) => (l.ok ? l.startsAt : 0))
    expect(starts[5]).toBeGreaterThanOrEqual(1000 + 2 + 30)
  })

  it('answers 429 past the requests a minute, with when to try again', () => {
    const creator = createDemoCreator({ runSeconds: 30 })
    for (let i = 0; i < 60; i++) expect(creator.decide(body('hyper3d-gen2-260112'), 500).ok).toBe(true)
    const refused = creator.decide(body('hyper3d-gen2-260112'), 520)
    expect(refused).toMatchObject({
      ok: false,
      status: 429,
      code: 'RateLimitExceeded.EndpointRPMExceeded',
      retryAfter: 40,
    })
    expect(creator.decide(body('hyper3d-gen2-260112'), 561).ok).toBe(true)
  })

  it('refuses as Ark does: an unknown model is 404, bad content 400', () => {
    const creator = createDemoCreator({ runSeconds: 30 })
    expect(creator.decide(body('ep-20990101-nothere'), 0)).toMatchObject({
      status: 404,
      code: 'InvalidEndpointOrModel.NotFound',
    })
    expect(creator.decide({ model: 'doubao-seed3d-2-0-260328', content: [{ type: 'audio' }] }, 0)).toMatchObject({
      status: 400,
      code: 'InvalidParameter',
    })
  })

  it('fails an input that says it is sensitive, as Ark would after looking at it', () => {
    const creator = createDemoCreator({ runSeconds: 30 })
    const decided = creator.decide(body('doubao-seed3d-2-0-260328', 'tEXt name sensitive-1.png'), 0)
    expect(decided.ok && decided.failure?.code).toBe('InputImageSensitiveContentDetected')
  })
})
