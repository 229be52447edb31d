// @vitest-environment happy-dom
import { fireEvent, render } from '@testing-library/react'
import { createRef } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defaultTaskListParams, type TaskListParams } from '../../../api/taskListParams.ts'
import { TaskFilters } from './TaskFilters.tsx'

afterEach(() => document.body.replaceChildren())

function renderFilters(taskIds: string[]) {
  const onChange = vi.fn<(next: TaskListParams) => void>()
  const view = render(
    <TaskFilters
      params={{ ...defaultTaskListParams, taskIds }}
      onChange={onChange}
      knownEndpoints={[]}
      taskIdsInput={createRef()}
      onModelName={() => {}}
      endpointLabels={{}}
      onEndpointLabel={() => {}}
    />,
  )
  return { ...view, onChange, box: view.getByRole('textbox', { name: /Task IDs/ }) as HTMLTextAreaElement }
}

describe('the Task IDs box', () => {
  it('holds every ID on its one line, a pasted column included, and applies them all', () => {
    const { box, onChange } = renderFilters(['cgt-20261208-a', 'cgt-20261208-b'])
    expect(box.value).toBe('cgt-20261208-a cgt-20261208-b')
    fireEvent.change(box, { target: { value: 'cgt-1\ncgt-2\r\ncgt-3' } })
    expect(box.value).toBe('cgt-1 cgt-2 cgt-3')
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(onChange).toHaveBeenCalledWith(expect.objectContaining({ taskIds: ['cgt-1', 'cgt-2', 'cgt-3'], pageNum: 1 }))
  })
})
