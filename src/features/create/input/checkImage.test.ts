import { describe, expect, it } from 'vitest'
import { solidPng } from '../../../../e2e/support/png.ts'
import { checkImage } from './checkImage.ts'
import { imageDataUrl } from './imageDataUrl.ts'

const blob = (bytes: Uint8Array, type = 'image/png') => new Blob([bytes as Uint8Array<ArrayBuffer>], { type })

describe('checking an image before it is sent', () => {
  it('reads the real type and pixel size from the bytes', async () => {
    expect(await checkImage(blob(solidPng(40, 30, [1, 2, 3])))).toEqual({
      ok: true,
      mediaType: 'image/png',
      width: 40,
      height: 30,
      bytes: expect.any(Number),
    })
  })

  it('names the reason: too large, not a type Ark takes, too many pixels, not an image', async () => {
    const gif = Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) =>
      c.charCodeAt(0),
    )
    // A GIF named .png is still a GIF.
    expect(await checkImage(blob(gif))).toEqual({ ok: false, reason: 'A GIF image: Ark takes jpg, png, webp or bmp.' })
    expect(await checkImage(blob(new Uint8Array(11 * 1024 ** 2)))).toEqual({
      ok: false,
      reason: '11.0 MB: Ark takes images up to 10 MB.',
    })
    expect(await checkImage(blob(solidPng(4096, 2, [0, 0, 0])))).toMatchObject({
      ok: false,
      reason: '4096 × 2 px: Ark takes images under 4096 × 4096 px.',
    })
    expect(await checkImage(blob(new TextEncoder().encode('hello, not a picture')))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Not an image'),
    })
  })

  it('sends the bytes unchanged as a data URL of their own type', async () => {
    const png = solidPng(3, 3, [9, 9, 9])
    const url = await imageDataUrl(blob(png), 'image/png')
    expect(url.startsWith('data:image/png;base64,')).toBe(true)
    expect(Buffer.from(url.split(',')[1]!, 'base64').equals(png)).toBe(true)
  })
})
