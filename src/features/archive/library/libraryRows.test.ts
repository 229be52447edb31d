import { describe, expect, it } from 'vitest'
import { modelMatches } from './libraryRows.ts'

describe('the model name filter', () => {
  it('takes the name in full, or its start without the date or the vendor', () => {
    const model = 'doubao-seed3d-2-0-260328'
    for (const wanted of [model, 'doubao-seed3d-2-0', 'seed3d-2-0', 'seed3d'])
      expect(modelMatches(model, wanted)).toBe(true)
    for (const wanted of ['seed3d-1-0', 'doubao-seed3d-2-0-251115', 'hyper3d'])
      expect(modelMatches(model, wanted)).toBe(false)
    expect(modelMatches(undefined, 'seed3d')).toBe(false)
  })
})
