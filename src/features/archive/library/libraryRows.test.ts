import { describe, expect, it } from 'vitest'
import { LIBRARY_SORTS } from './libraryFilters.ts'
import { modelMatches, reorderedRows, sortedRows, type LibraryRow } from './libraryRows.ts'

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

const row = (i: number, change = ''): LibraryRow => ({
  id: `cgt-${String(i).padStart(4, '0')}`,
  // Ties on purpose: rows made in the same second are ordered by ID.
  createdAt: 1_800_000_000 + Math.floor(i / 3),
  status: ['succeeded', 'failed', 'running'][i % 3]!,
  model: i % 4 === 0 ? undefined : `doubao-seed3d-${i % 2}-0`,
  name: i % 5 === 0 ? `${change}name ${(i * 7) % 11}` : undefined,
  saved: false,
  pictured: false,
  starred: false,
  tags: [],
  haystack: '',
})

describe('an order kept through a change', () => {
  it('is the order a full sort gives, for every sort, with rows replaced, added and removed', () => {
    const before = Array.from({ length: 300 }, (_, i) => row(i))
    const replaced = new Set(['cgt-0005', 'cgt-0010', 'cgt-0042', 'cgt-0299', 'cgt-0500', 'cgt-0301'])
    // 5 and 10 renamed, 42 and 299 gone, 500 and 301 new.
    const added = [row(5, 'renamed '), row(10, 'a '), row(500), row(301)]
    const after = before.filter((r) => !replaced.has(r.id)).concat(added)
    for (const sort of LIBRARY_SORTS) {
      const kept = reorderedRows(sortedRows(before, sort), replaced, added, sort)
      expect(kept.map((r) => r.id)).toEqual(sortedRows(after, sort).map((r) => r.id))
    }
  })
})
