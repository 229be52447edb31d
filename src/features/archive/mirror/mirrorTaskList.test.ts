import { describe, expect, it } from 'vitest'
import { ArkApiError } from '../../../api/arkErrors.ts'
import { readArkTask, type ArkTask, type ArkTaskPage } from '../../../api/arkTask.ts'
import type { TaskListParams } from '../../../api/taskListParams.ts'
import { runMirror, type MirrorDeps, type MirrorState } from './mirrorTaskList.ts'

const item = (i: number, status = 'succeeded') => ({
  id: `cgt-${String(i).padStart(6, '0')}`,
  model: 'doubao-seed3d-2-0-260328',
  status,
  created_at: 1_800_000_000 - i,
  updated_at: 1_800_000_000 - i,
})

/** An Ark list answering like the real one: newest first, pages, `filter.task_ids`; a clock that waits instantly. */
function fakeArk(count: number, faults: Array<(params: TaskListParams) => Error | undefined> = []) {
  const tasks = Array.from({ length: count }, (_, i) => item(i, i >= count - 3 ? 'running' : 'succeeded'))
  let clock = 0
  const asked: Array<{ at: number; params: TaskListParams }> = []
  const recorded = new Map<string, ArkTask>()
  const controller = new AbortController()
  const states: MirrorState[] = []
  const deps: MirrorDeps = {
    async fetchPage(params) {
      asked.push({ at: clock, params })
      const fault = faults.shift()?.(params)
      if (fault) throw fault
      const matching = params.taskIds.length ? tasks.filter((t) => params.taskIds.includes(t.id)) : tasks
      const start = (params.pageNum - 1) * params.pageSize
      const page: ArkTaskPage = {
        items: matching.slice(start, start + params.pageSize).map((raw, i) => readArkTask(raw, i)),
        total: matching.length,
      }
      return page
    },
    async record(items) {
      for (const task of items) recorded.set(task.id, task)
    },
    async unfinishedIds() {
      return [...recorded.values()].filter((t) => t.status === 'running').map((t) => t.id)
    },
    async wait(ms, signal) {
      clock += ms
      // The test ends the mirror after its first refresh, or after ten requests.
      if (asked.some((a) => a.params.taskIds.length > 0) || asked.length >= 10) controller.abort()
      if (signal.aborted) throw signal.reason
    },
    now: () => clock,
    gapMs: 1_000,
    refreshMs: 60_000,
  }
  const run = () => runMirror(deps, controller.signal, (state) => states.push(state)).catch(() => undefined)
  return { tasks, asked, recorded, states, run }
}

describe('runMirror', () => {
  it('reads every page of 500, paced a second apart, then refreshes the newest page and the unfinished by ID', async () => {
    const ark = fakeArk(1_234)
    await ark.run()
    expect(ark.recorded.size).toBe(1_234)
    const fullPass = ark.asked.slice(0, 3)
    expect(fullPass.map((a) => [a.params.pageNum, a.params.pageSize])).toEqual([
      [1, 500],
      [2, 500],
      [3, 500],
    ])
    const gaps = ark.asked.slice(1).map((a, i) => a.at - ark.asked[i]!.at)
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1_000)
    const mirrored = ark.states.find((s) => s.phase === 'watching')!
    expect(mirrored).toMatchObject({ read: 1_234, total: 1_234 })
    // The refresh: the newest page, then the running tasks it did not hold, by ID.
    expect(ark.asked[3]!.params).toMatchObject({ pageNum: 1, pageSize: 500, taskIds: [] })
    expect(ark.asked[3]!.at - ark.asked[2]!.at).toBeGreaterThanOrEqual(60_000)
    expect(ark.asked[4]!.params.taskIds).toEqual(ark.tasks.slice(-3).map((t) => t.id))
  })

  it('waits out a 429 for its Retry-After and asks for the same page again, saying so meanwhile', async () => {
    const limited = new ArkApiError({
      status: 429,
      code: 'RateLimitExceeded.EndpointRPMExceeded',
      message: 'slow down',
      retryAfterMs: 7_000,
    })
    const ark = fakeArk(700, [() => undefined, () => limited])
    await ark.run()
    expect(ark.asked.slice(0, 3).map((a) => a.params.pageNum)).toEqual([1, 2, 2])
    expect(ark.asked[2]!.at - ark.asked[1]!.at).toBeGreaterThanOrEqual(7_000)
    expect(ark.states.some((s) => s.waitingUntil !== undefined)).toBe(true)
    expect(ark.recorded.size).toBe(700)
  })

  it('stops a pass on an error that asking again cannot mend, says it, and starts over after the refresh time', async () => {
    const refused = new ArkApiError({ status: 401, code: 'AuthenticationError', message: 'bad key' })
    const ark = fakeArk(10, [() => refused])
    await ark.run()
    expect(ark.states).toContainEqual(
      expect.objectContaining({ phase: 'failed', error: expect.stringContaining('bad key') }),
    )
    expect(ark.recorded.size).toBe(10)
    expect(ark.asked[1]!.at - ark.asked[0]!.at).toBeGreaterThanOrEqual(60_000)
  })
})
