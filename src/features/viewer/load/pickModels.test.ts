import { describe, expect, it } from 'vitest'
import { pickModels, resolveInZip } from './pickModels.ts'

const entries = (...paths: string[]) => paths.map((path) => ({ path, size: 1 }))

describe('resolveInZip', () => {
  it('resolves against the folder of the model', () => {
    expect(resolveInZip('watch/pbr/watch.gltf', 'watch.bin')).toBe('watch/pbr/watch.bin')
    expect(resolveInZip('watch/pbr/watch.gltf', './textures/base.png')).toBe('watch/pbr/textures/base.png')
    expect(resolveInZip('watch/pbr/watch.gltf', '../shared/base.png')).toBe('watch/shared/base.png')
  })

  it('never leaves the zip: ../ stops at its root, absolute and //host paths start there', () => {
    expect(resolveInZip('a/b/model.obj', '../../../../etc/passwd')).toBe('etc/passwd')
    expect(resolveInZip('a/model.obj', '/etc/passwd')).toBe('etc/passwd')
    expect(resolveInZip('a/model.gltf', '//evil.example/x.png')).toBe('evil.example/x.png')
    expect(resolveInZip('a/model.gltf', 'https://evil.example/x.png')).toBe('a/https:/evil.example/x.png')
  })

  it('reads backslashes as separators and decodes valid escapes, keeping invalid ones as written', () => {
    expect(resolveInZip('m/model.obj', 'textures\\Base Color.png')).toBe('m/textures/Base Color.png')
    expect(resolveInZip('m/model.obj', '..\\..\\x.png')).toBe('x.png')
    expect(resolveInZip('m/model.gltf', 'Base%20Color.png')).toBe('m/Base Color.png')
    expect(resolveInZip('m/model.gltf', '%2e%2e/%2e%2e/x.png')).toBe('x.png')
    expect(resolveInZip('m/model.gltf', '100%.png')).toBe('m/100%.png')
    expect(resolveInZip('m/model.gltf', '%E0%A4%A.png')).toBe('m/%E0%A4%A.png')
  })

  it('keeps the case as written (the resource lookup falls back case-insensitively)', () => {
    expect(resolveInZip('M/Model.gltf', 'Textures/A.PNG')).toBe('M/Textures/A.PNG')
  })
})

describe('pickModels', () => {
  it('finds models by extension in any case, pbr first, and names Seed3D variants by folder', () => {
    const { models } = pickModels(entries('watch/rgb/watch.glb', 'watch/pbr/watch.glb', 'watch/pbr/tex.png'))
    expect(models.map((m) => [m.path, m.label])).toEqual([
      ['watch/pbr/watch.glb', 'pbr'],
      ['watch/rgb/watch.glb', 'rgb'],
    ])
    expect(pickModels(entries('MODEL.GLB')).models).toEqual([{ path: 'MODEL.GLB', format: 'glb', label: 'MODEL.GLB' }])
    expect(pickModels(entries('scene.USDA', 'x.usdc')).models.map((m) => m.format)).toEqual(['usd', 'usd'])
  })

  it('ignores macOS junk and resources, and lists formats it cannot show', () => {
    const { models, unshowable } = pickModels(
      entries('__MACOSX/m/._model.glb', 'm/._model.glb', 'm/model.mtl', 'm/model.bin', 'm/model.FBX', 'm/model.obj'),
    )
    expect(models.map((m) => m.path)).toEqual(['m/model.obj'])
    expect(unshowable).toEqual(['m/model.FBX'])
  })

  it('finds nothing in a zip without models, and treats names with ../ as plain names', () => {
    expect(pickModels(entries('README.txt', 'a/')).models).toEqual([])
    expect(pickModels(entries('../../evil.glb')).models.map((m) => m.path)).toEqual(['../../evil.glb'])
  })
})
