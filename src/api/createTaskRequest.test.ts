import { describe, expect, it } from 'vitest'
import { createTaskBody, readCreateTaskBody } from './createTaskRequest.ts'

const IMAGE = 'data:image/webp;base64,UklGRg=='

describe('the create body', () => {
  it('puts the options as text commands after the prompt, then the image', () => {
    expect(
      createTaskBody({ model: 'hyper3d-gen2-260112', prompt: ' a brass key ', format: 'stl', image: IMAGE }),
    ).toEqual({
      model: 'hyper3d-gen2-260112',
      content: [
        { type: 'text', text: 'a brass key --fileformat stl' },
        { type: 'image_url', image_url: { url: IMAGE } },
      ],
    })
  })

  it('reads back what it writes, short commands included', () => {
    const spec = { model: 'doubao-seed3d-1-0-250928', image: IMAGE, level: 'high', format: 'usdz' } as const
    expect(readCreateTaskBody(createTaskBody(spec))).toEqual({ ok: true, spec })
    const short = {
      model: spec.model,
      content: [{ type: 'text', text: '--sl low --ff obj' }, createTaskBody(spec).content[1]],
    }
    expect(readCreateTaskBody(short)).toEqual({ ok: true, spec: { ...spec, level: 'low', format: 'obj' } })
  })

  it.each([
    [
      { model: 'ep-20250101-abc12', content: [{ type: 'image_url', image_url: { url: 'http://plain.test/a.png' } }] },
      'https URL',
    ],
    [
      {
        model: 'ep-20250101-abc12',
        content: [{ type: 'image_url', image_url: { url: 'data:image/gif;base64,R0lG' } }],
      },
      'png, jpeg',
    ],
    [
      {
        model: 'doubao-seed3d-2-0-260328',
        content: [
          { type: 'text', text: 'a chair' },
          { type: 'image_url', image_url: { url: IMAGE } },
        ],
      },
      'takes no text prompt',
    ],
    [{ model: 'doubao-seed3d-2-0-260328', content: [{ type: 'text', text: '--ff glb' }] }, 'needs an image'],
    [
      {
        model: 'doubao-seed3d-2-0-260328',
        content: [
          { type: 'text', text: '--ff stl' },
          { type: 'image_url', image_url: { url: IMAGE } },
        ],
      },
      'does not make stl',
    ],
    [
      {
        model: 'doubao-seed3d-2-0-260328',
        content: [
          { type: 'text', text: '--sl huge' },
          { type: 'image_url', image_url: { url: IMAGE } },
        ],
      },
      'takes one of low',
    ],
    [
      {
        model: 'doubao-seed3d-2-0-260328',
        content: [
          { type: 'text', text: '--sl low --subdivisionlevel high' },
          { type: 'image_url', image_url: { url: IMAGE } },
        ],
      },
      'given twice',
    ],
    [
      {
        model: 'hitem3d-2-0-251223',
        content: [
          { type: 'text', text: '--sl low' },
          { type: 'image_url', image_url: { url: IMAGE } },
        ],
      },
      'no subdivision levels',
    ],
    [
      {
        model: 'doubao-seed3d-2-0-260328',
        content: [{ type: 'image_url', image_url: { url: IMAGE, detail: 'high' } }],
      },
      'only type and image_url',
    ],
    [{ model: 'doubao-seed3d-2-0-260328', content: [] }, 'one text item'],
  ])('refuses %j: %s', (body, reason) => {
    const read = readCreateTaskBody(body)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.reason).toContain(reason)
  })
})
