import { describe, expect, it } from 'vitest'
import { readArkTask } from '../../api/arkTask.ts'
import type { ArchivedTask } from './db/archiveDb.ts'
import { withIndexKeys } from './db/indexKeys.ts'
import { mergeSighting } from './db/taskRecords.ts'
import { wantsAutoKeep } from './recorder.ts'
import { archiveCsv, csvField } from './transfer/archiveCsv.ts'
import { archiveManifest } from './transfer/archiveManifest.ts'
import { mergeImported } from './transfer/mergeImported.ts'

const wire = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  model: 'doubao-seed3d-1-0-250928',
  status: 'succeeded',
  created_at: 1_764_000_000,
  updated_at: 1_764_000_300,
  content: { file_url: `https://files.example/${id}.zip` },
  fileformat: 'glb',
  ...overrides,
})

const record = (id: string, overrides: Partial<ArchivedTask> = {}, raw = wire(id)): ArchivedTask =>
  withIndexKeys({
    id,
    raw,
    status: raw.status as string,
    createdAt: raw.created_at as number,
    endpoints: [],
    firstSeenAt: 1_000,
    lastSeenAt: 2_000,
    ...overrides,
  })

describe('mergeSighting', () => {
  it('adds the endpoint a task was seen under and keeps the first sighting', () => {
    const first = mergeSighting(undefined, readArkTask(wire('a'), 0), undefined, 1_000)!
    const again = mergeSighting(first, readArkTask(wire('a'), 0), 'ep-1', 1_500)!
    expect(again.endpoints).toEqual(['ep-1'])
    expect(again.firstSeenAt).toBe(1_000)
    expect(again.lastSeenAt).toBe(1_500)
  })

  it('does not rewrite an unchanged task within a minute', () => {
    const first = mergeSighting(undefined, readArkTask(wire('a'), 0), 'ep-1', 1_000)!
    expect(mergeSighting(first, readArkTask(wire('a'), 0), 'ep-1', 30_000)).toBeUndefined()
    expect(mergeSighting(first, readArkTask(wire('a'), 0), 'ep-1', 70_000)).toBeDefined()
  })

  it('never takes a task back to an older answer', () => {
    const done = mergeSighting(undefined, readArkTask(wire('a'), 0), undefined, 1_000)!
    const stale = readArkTask(wire('a', { status: 'running', updated_at: 1_764_000_100 }), 0)
    expect(mergeSighting(done, stale, undefined, 90_000)).toBeUndefined()
  })

  it('keeps the local file and the declined flag', () => {
    const kept = record('a', { file: { bytes: 5, storedAt: 1, kept: true }, keepDeclined: false })
    const next = mergeSighting(kept, readArkTask(wire('a', { updated_at: 1_764_000_999 }), 0), undefined, 5_000)!
    expect(next.file).toEqual(kept.file)
  })
})

describe('mergeImported', () => {
  const incoming = (id: string, overrides: Record<string, unknown> = {}) =>
    archiveManifest.shape.tasks.element.parse({ ...record(id), ...overrides })

  it('adds a new task and takes its file', () => {
    const result = mergeImported(undefined, incoming('a', { file: { bytes: 3, storedAt: 1, kept: true, path: 'f' } }))
    expect(result).toMatchObject({ takeFile: true, changed: true })
    expect(result.record.file).toBeUndefined()
  })

  it('takes the newer Ark record, unions endpoints, keeps the local file', () => {
    const here = record('a', { endpoints: ['ep-1'], file: { bytes: 9, storedAt: 5, kept: false } })
    const newer = incoming('a', {
      raw: wire('a', { updated_at: 1_764_009_999, status: 'failed' }),
      status: 'failed',
      endpoints: ['ep-2'],
      firstSeenAt: 500,
      file: { bytes: 3, storedAt: 1, kept: true, path: 'f' },
    })
    const { record: merged, takeFile, changed } = mergeImported(here, newer)
    expect(changed).toBe(true)
    expect(takeFile).toBe(false)
    expect(merged.status).toBe('failed')
    expect(merged.endpoints).toEqual(['ep-1', 'ep-2'])
    expect(merged.firstSeenAt).toBe(500)
    expect(merged.file).toEqual({ bytes: 9, storedAt: 5, kept: true })
  })

  it('reports the same task imported twice as unchanged', () => {
    expect(mergeImported(record('a'), incoming('a')).changed).toBe(false)
  })
})

describe('CSV', () => {
  it('quotes separators and defuses formulas', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField(undefined)).toBe('')
  })

  it('writes one row per task under a fixed header', () => {
    const csv = archiveCsv([record('a', { endpoints: ['ep-1'] })], (id) => `files/${id}.zip`)
    const [header, row] = csv.trim().split('\r\n')
    expect(header!.split(',')[0]).toBe('id')
    expect(row).toContain('a,doubao-seed3d-1-0-250928,succeeded,3d,2025-11-24T')
    expect(row).toContain('files/a.zip')
  })
})

describe('wantsAutoKeep', () => {
  const finishedAt = 1_764_000_300 * 1000
  it('takes a 3D result that finished after auto-keep was switched on, while Ark still has it', () => {
    expect(wantsAutoKeep(record('a'), finishedAt - 1, finishedAt + 1000)).toBe(true)
  })
  it('leaves older results, expired files, kept or declined tasks alone', () => {
    expect(wantsAutoKeep(record('a'), finishedAt + 1, finishedAt + 1000)).toBe(false)
    expect(wantsAutoKeep(record('a'), 0, finishedAt + 25 * 3600 * 1000)).toBe(false)
    expect(wantsAutoKeep(record('a', { keepDeclined: true }), 0, finishedAt)).toBe(false)
    expect(wantsAutoKeep(record('a', { file: { bytes: 1, storedAt: 1, kept: true } }), 0, finishedAt)).toBe(false)
  })
})

describe('scopeOf', () => {
  it('keeps the demo apart from each Ark host', async () => {
    const { scopeOf } = await import('./db/archiveScope.ts')
    expect(scopeOf({ mode: 'demo' })).toBe('demo')
    expect(scopeOf({ mode: 'ark', arkHost: 'ark.cn-beijing.volces.com' })).toBe('ark:ark.cn-beijing.volces.com')
    expect(scopeOf({ mode: 'ark', arkHost: 'ark.ap-southeast.bytepluses.com' })).not.toBe(
      scopeOf({ mode: 'ark', arkHost: 'ark.cn-beijing.volces.com' }),
    )
  })
})
