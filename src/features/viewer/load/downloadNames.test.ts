import { describe, expect, it } from 'vitest'
import { downloadNames, downloadType } from './downloadNames.ts'

describe('downloadNames', () => {
  it('keeps a file name that is unique, and names variants that share one <task id>-<variant>.<ext>', () => {
    expect(downloadNames(['watch/pbr/watch.glb', 'watch/rgb/watch.glb', 'watch/extra.obj'], 'cgt-1')).toEqual({
      'watch/pbr/watch.glb': 'cgt-1-pbr.glb',
      'watch/rgb/watch.glb': 'cgt-1-rgb.glb',
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
