import { describe, expect, it } from 'vitest'
import { readArkTask } from './arkTask.ts'
import { storageSentence, storageState, unfetchableReason } from './storageState.ts'

const NOW = 1_800_000_000
const result = (finishedAgoSeconds: number, extra: Record<string, unknown> = {}) =>
  readArkTask(
    {
      id: 'cgt-20270115-abc',
      model: 'doubao-seed3d-2-0-260328',
      status: 'succeeded',
      created_at: NOW - finishedAgoSeconds - 60,
      updated_at: NOW - finishedAgoSeconds,
      content: { file_url: 'https://files.example.test/a.zip' },
      ...extra,
    },
    0,
  )

describe('a result’s storage state', () => {
  it('is recorded while Ark has the file and this browser has not saved it', () => {
    expect(storageState(result(3600), false, undefined, NOW)).toEqual({ kind: 'recorded' })
  })

  it('is kept on the server when the server kept it and this browser did not; gone at Ark it stays fetchable', () => {
    expect(storageState(result(3600), false, undefined, NOW, true)).toEqual({ kind: 'server' })
    expect(storageState(result(3600), true, undefined, NOW, true)).toEqual({ kind: 'saved' })
    const gone = storageState(result(86_401), false, undefined, NOW, true)!
    expect(gone).toMatchObject({ kind: 'gone', why: 'file-expired', saved: false, onServer: true })
    expect(storageSentence(gone)).toMatch(/files kept on the server\.$/)
    expect(unfetchableReason(gone)).toBeUndefined()
  })

  it('is saved here once its files are kept', () => {
    expect(storageState(result(3600), true, undefined, NOW)).toEqual({ kind: 'saved' })
  })

  it('is gone at Ark once the 24 hours are over, saved or not', () => {
    expect(storageState(result(86_401), false, undefined, NOW)).toEqual({
      kind: 'gone',
      why: 'file-expired',
      at: NOW - 1,
      saved: false,
    })
    expect(storageState(result(86_401), true, undefined, NOW)).toMatchObject({ kind: 'gone', saved: true })
  })

  it('is gone at Ark when this browser deleted it there or saw its file refused, whatever the clock says', () => {
    const deleted = storageState(result(60), true, { at: NOW - 5, why: 'deleted' }, NOW)
    expect(deleted).toEqual({ kind: 'gone', why: 'deleted', at: NOW - 5, saved: true })
    expect(storageSentence(deleted!)).toMatch(/^Deleted at Ark on .+; files saved here\.$/)
    const refused = storageState(result(60), false, { at: NOW, why: 'file-gone' }, NOW)
    expect(storageSentence(refused!)).toMatch(/^File gone at Ark since .+; files not saved\.$/)
  })

  it('has no state for a task that never had a result, until it is deleted', () => {
    const failed = result(60, { status: 'failed', content: undefined, error: { code: 'X', message: 'y' } })
    expect(storageState(failed, false, undefined, NOW)).toBeUndefined()
    expect(storageState(failed, false, { at: NOW, why: 'deleted' }, NOW)).toMatchObject({ kind: 'gone' })
  })

  it('gives a reason not to fetch only when the file is gone and not saved here', () => {
    expect(unfetchableReason({ kind: 'recorded' })).toBeUndefined()
    expect(unfetchableReason({ kind: 'gone', why: 'deleted', at: NOW, saved: true })).toBeUndefined()
    expect(unfetchableReason({ kind: 'gone', why: 'file-gone', at: NOW, saved: false })).toMatch(
      /Nothing can fetch it again/,
    )
  })
})
