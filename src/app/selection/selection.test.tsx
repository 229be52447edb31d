// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readArkTask } from '../../api/arkTask.ts'
import { useSelectionState } from './selection.ts'

const task = (id: string) => readArkTask({ id, status: 'succeeded', model: 'doubao-seed3d-2-0-260328' }, 0)

describe('the selection', () => {
  it('toggles tasks, keeps them across pages, and selects or clears a page at once', () => {
    const { result } = renderHook(() => useSelectionState())
    act(() => result.current.toggle(task('cgt-a'), true))
    expect(result.current.has('cgt-a')).toBe(true)
    // Another page: its tasks join the ones already selected.
    act(() => result.current.setAll([task('cgt-b'), task('cgt-c')], true))
    expect([...result.current.tasks.keys()]).toEqual(['cgt-a', 'cgt-b', 'cgt-c'])
    act(() => result.current.setAll([task('cgt-b'), task('cgt-c')], false))
    expect([...result.current.tasks.keys()]).toEqual(['cgt-a'])
    act(() => result.current.toggle(task('cgt-a'), false))
    expect(result.current.tasks.size).toBe(0)
  })

  it('keeps the same object while nothing changes, so the rows that read it are not drawn again', () => {
    const { result, rerender } = renderHook(() => useSelectionState())
    const first = result.current
    rerender()
    expect(result.current).toBe(first)
    act(() => result.current.clear())
    expect(result.current.tasks.size).toBe(0)
  })
})
