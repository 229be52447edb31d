import { describe, expect, it } from 'vitest'
import { readArkTask, readArkTaskPage } from './arkTask.ts'
import { splitTaskIds, taskListSearchParams } from './taskListParams.ts'

describe('reading list items', () => {
  it('accepts timestamps as numbers or strings', () => {
    expect(
      readArkTask({ id: 'cgt-1', status: 'succeeded', created_at: 1718049470, updated_at: '1718049480' }, 0),
    ).toMatchObject({
      createdAt: 1718049470,
      updatedAt: 1718049480,
      warnings: [],
    })
  })

  it('reads error and, as the Go SDK does, failure_reason', () => {
    const error = { code: 'InternalServiceError', message: 'boom' }
    expect(readArkTask({ id: 'a', status: 'failed', error }, 0).error).toEqual(error)
    expect(readArkTask({ id: 'a', status: 'failed', failure_reason: error }, 0).error).toEqual(error)
  })

  it('keeps an unknown status as it is', () => {
    expect(readArkTask({ id: 'a', status: 'paused-by-operator' }, 0).status).toBe('paused-by-operator')
  })

  it('tells 3D from video tasks', () => {
    expect(readArkTask({ id: 'a', status: 'queued', model: 'doubao-seed3d-1-0-250928' }, 0).kind).toBe('3d')
    expect(readArkTask({ id: 'a', status: 'succeeded', content: { file_url: 'https://x' } }, 0).kind).toBe('3d')
    expect(readArkTask({ id: 'a', status: 'succeeded', content: { video_url: 'https://x' } }, 0).kind).toBe('video')
  })

  it('turns a malformed item into a row with what could be read and a warning', () => {
    const page = readArkTaskPage({
      items: [{ id: 'ok', status: 'queued' }, { id: 'bad', status: 42, created_at: 'soon' }, 'junk'],
      total: 3,
    })
    expect(page.items.map((i) => i.id)).toEqual(['ok', 'bad', '(item 3)'])
    expect(page.items[1]!.warnings).toHaveLength(2)
    expect(page.items[1]!.createdAt).toBeUndefined()
    expect(page.items[2]!.warnings[0]).toMatch(/not an object/)
  })

  it('refuses an envelope that is not a list answer', () => {
    expect(() => readArkTaskPage([1, 2])).toThrow()
    expect(() => readArkTaskPage({ items: 'x', total: 1 })).toThrow()
  })
})

describe('list parameters', () => {
  it('sends only what is set, task IDs as repeated keys', () => {
    expect(taskListSearchParams({ pageNum: 1, pageSize: 10, taskIds: [] }).toString()).toBe('page_num=1&page_size=10')
    expect(
      taskListSearchParams({
        pageNum: 2,
        pageSize: 500,
        status: 'failed',
        taskIds: ['a', 'b'],
        model: 'ep-1',
      }).toString(),
    ).toBe('page_num=2&page_size=500&filter.status=failed&filter.task_ids=a&filter.task_ids=b&filter.model=ep-1')
  })

  it('splits pasted IDs on spaces, commas and new lines, deduplicated', () => {
    expect(splitTaskIds(' cgt-a, cgt-b\ncgt-a\tcgt-c,,')).toEqual(['cgt-a', 'cgt-b', 'cgt-c'])
  })
})
