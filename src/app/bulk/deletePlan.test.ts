import { describe, expect, it } from 'vitest'
import { readArkTask } from '../../api/arkTask.ts'
import { planDelete } from './deletePlan.ts'

const NOW = 1_800_000_000
const task = (id: string, status: string, finishedAgo = 60) =>
  readArkTask(
    {
      id,
      model: 'doubao-seed3d-2-0-260328',
      status,
      created_at: NOW - finishedAgo - 60,
      updated_at: NOW - finishedAgo,
      ...(status === 'succeeded' ? { content: { file_url: `https://files.example.test/${id}.zip` } } : {}),
    },
    0,
  )

describe('what a bulk delete will do', () => {
  it('sorts each task by its effect at Ark and each result by whether its files are safe', () => {
    const tasks = [
      task('cgt-saved', 'succeeded'),
      task('cgt-unsaved', 'succeeded'),
      task('cgt-expired', 'succeeded', 90_000),
      task('cgt-refused', 'succeeded'),
      task('cgt-failed', 'failed'),
      task('cgt-queued', 'queued'),
      task('cgt-running', 'running'),
      task('cgt-cancelled', 'cancelled'),
    ]
    const plan = planDelete(tasks, (id) => id === 'cgt-saved', { 'cgt-refused': { at: NOW, why: 'file-gone' } }, NOW)
    const ids = (list: typeof tasks) => list.map((t) => t.id)
    expect(ids(plan.cancelled)).toEqual(['cgt-queued'])
    expect(ids(plan.leftAlone)).toEqual(['cgt-running', 'cgt-cancelled'])
    expect(ids(plan.deleted)).toEqual(['cgt-saved', 'cgt-unsaved', 'cgt-expired', 'cgt-refused', 'cgt-failed'])
    expect(ids(plan.safe)).toEqual(['cgt-saved'])
    expect(ids(plan.unsaved)).toEqual(['cgt-unsaved'])
    expect(ids(plan.alreadyLost)).toEqual(['cgt-expired', 'cgt-refused'])
  })
})
