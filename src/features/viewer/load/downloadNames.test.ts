import { describe, expect, it } from 'vitest'
import { downloadNames, downloadType } from './downloadNames.ts'

describe('downloadNames', () => {
  it('keeps a file name that is unique, and prefixes the folder of names two variants share', () => {
    expect(downloadNames(['watch/pbr/watch.glb', 'watch/rgb/watch.glb', 'watch/extra.obj'])).toEqual({
      'watch/pbr/watch.glb': 'pbr-watch.glb',
      'watch/rgb/watch.glb': 'rgb-watch.glb',
      'watch/extra.obj': 'extra.obj',
    })
  })
})

describe('downloadType', () => {
  it('labels every download with a type that no browser renders as a page', () => {
    expect(downloadType('x.GLB')).toBe('model/gltf-binary')
    expect(downloadType('x.gltf')).toBe('model/gltf+json')
    expect(downloadType('result.zip')).toBe('application/zip')
    for (const name of ['x.html', 'x.svg', 'x.usda', 'noextension'])
      expect(downloadType(name)).toBe('application/octet-stream')
  })
})
