import { describe, expect, it } from 'vitest'
import { parseTaskView, serializeTaskView } from './urlState.ts'

describe('task view in the address bar', () => {
  it('reads every list parameter under its API name, and the open task', () => {
    const { view, corrections } = parseTaskView(
      '?page_num=2&page_size=200&filter.status=failed&filter.task_ids=cgt-a&filter.task_ids=cgt-b&filter.model=ep-1&task=cgt-a',
    )
    expect(corrections).toEqual([])
    expect(view).toEqual({
      params: { pageNum: 2, pageSize: 200, status: 'failed', taskIds: ['cgt-a', 'cgt-b'], model: 'ep-1' },
      openTaskId: 'cgt-a',
    })
  })

  it('round-trips, with repeated task_ids keys and defaults left out', () => {
    const search =
      '?page_num=3&filter.status=queued&filter.task_ids=cgt-a&filter.task_ids=cgt-b&filter.model=ep-x&task=cgt-b'
    expect(serializeTaskView(parseTaskView(search).view)).toBe(search)
    expect(serializeTaskView(parseTaskView('').view)).toBe('')
  })

  it('corrects invalid values with a note instead of sending them', () => {
    const { view, corrections } = parseTaskView('?page_num=0&page_size=9000&filter.status=done')
    expect(view.params).toMatchObject({ pageNum: 1, pageSize: 500, status: undefined })
    expect(corrections).toHaveLength(3)
    expect(parseTaskView('?page_size=abc').view.params.pageSize).toBe(50)
    expect(parseTaskView('?page_num=-2').corrections[0]).toMatch(/page_num=-2/)
  })

  it('splits, trims and deduplicates pasted task IDs', () => {
    const { view, corrections } = parseTaskView('?filter.task_ids=cgt-a,cgt-b%20cgt-a&filter.task_ids=cgt-c')
    expect(view.params.taskIds).toEqual(['cgt-a', 'cgt-b', 'cgt-c'])
    expect(corrections).toHaveLength(1)
  })
})

describe('layout and view in the address', () => {
  it('reads the gallery layout and the library and model views, and writes them back', () => {
    const search = '?task=cgt-a&view=library&view=model&layout=gallery'
    const { view, corrections } = parseTaskView(search)
    expect(view).toMatchObject({ archive: true, modelView: true, gallery: true, openTaskId: 'cgt-a' })
    expect(corrections).toEqual([])
    expect(serializeTaskView(view)).toBe(search)
    // The library's earlier name still opens it.
    expect(serializeTaskView(parseTaskView('?view=archive').view)).toBe('?view=library')
    // A table asked for by name stays asked for; no layout leaves the choice to the remembered one.
    expect(parseTaskView('?layout=table').view.gallery).toBe(false)
    expect(serializeTaskView(parseTaskView('?layout=table').view)).toBe('?layout=table')
    expect(parseTaskView('').view.gallery).toBeUndefined()
  })

  it('keeps every library filter, the search and the sort in the address', () => {
    const search =
      '?view=library&model=doubao-seed3d-2-0-260328&format=obj&level=high&status=succeeded&from=2026-12-01&to=2026-12-07&saved=no&pictured=yes&tag=chairs&q=red+chair&starred=1&sort=name'
    const { view, corrections } = parseTaskView(search)
    expect(corrections).toEqual([])
    expect(view.library).toEqual({
      model: 'doubao-seed3d-2-0-260328',
      format: 'obj',
      level: 'high',
      status: 'succeeded',
      from: '2026-12-01',
      to: '2026-12-07',
      saved: 'no',
      pictured: 'yes',
      tag: 'chairs',
      q: 'red chair',
      starred: true,
      sort: 'name',
    })
    expect(serializeTaskView(view)).toBe(search)
  })

  it('names a library value it cannot use, and leaves it out', () => {
    const { view, corrections } = parseTaskView('?view=library&from=yesterday&saved=maybe&sort=size&status=done')
    expect(view.library).toEqual({})
    expect(corrections).toHaveLength(4)
    expect(corrections.join(' ')).toMatch(/from=yesterday is not a day/)
  })

  it('drops a model view with no open task, and corrects unknown values', () => {
    expect(parseTaskView('?view=model').view.modelView).toBeUndefined()
    const { view, corrections } = parseTaskView('?view=grid&layout=mosaic')
    expect(view).toMatchObject({ archive: undefined, gallery: undefined })
    expect(corrections).toHaveLength(2)
  })
})
