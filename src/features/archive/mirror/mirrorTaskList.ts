import { isRetryable, retryDelayMs } from '../../../api/arkErrors.ts'
import type { ArkTask, ArkTaskPage } from '../../../api/arkTask.ts'
import { MAX_PAGE_SIZE, type TaskListParams } from '../../../api/taskListParams.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** Task IDs asked for in one list request when refreshing unfinished tasks. */
export const IDS_PER_REQUEST = 50
/** A failing request is tried this many times (Retry-After honoured) before the pass gives up until the next. */
const ATTEMPTS = 6

export interface MirrorState {
  /** `paging`: reading the whole list; `watching`: refreshing now and then; `failed`: waiting to try again. */
  phase: 'starting' | 'paging' | 'watching' | 'failed'
  /** Tasks read in the current full pass. */
  read: number
  /** What Ark's list said it holds, last answer. */
  total?: number
  /** When the last full pass ended (ms). */
  mirroredAt?: number
  /** Set while Ark asked to slow down: until when (ms). */
  waitingUntil?: number
  error?: string
}

export interface MirrorDeps {
  fetchPage: (params: TaskListParams, signal: AbortSignal) => Promise<ArkTaskPage>
  record: (tasks: ArkTask[]) => Promise<void>
  /** IDs of tasks the library holds as queued or running, created within Ark's 7 days. */
  unfinishedIds: () => Promise<string[]>
  wait: (ms: number, signal: AbortSignal) => Promise<void>
  now: () => number
  /** Least time between two requests. */
  gapMs: number
  /** Time between two refreshes once the list is mirrored. */
  refreshMs: number
}

const listParams = (pageNum: number, taskIds: string[] = []): TaskListParams => ({
  pageNum,
  pageSize: MAX_PAGE_SIZE,
  taskIds,
})

/**
 * Keeps the library a full copy of Ark's list: one pass through every page (500 a page), then a
 * refresh every `refreshMs` of the newest page and of the unfinished tasks by ID. Requests are
 * paced `gapMs` apart; a 429 or 5xx is waited out (Retry-After first) and tried again.
 */
export async function runMirror(deps: MirrorDeps, signal: AbortSignal, report: (state: MirrorState) => void) {
  let state: MirrorState = { phase: 'starting', read: 0 }
  const set = (next: Partial<MirrorState>) => report((state = { ...state, ...next }))
  let lastRequestAt = -Infinity

  const ask = async (params: TaskListParams): Promise<ArkTaskPage> => {
    for (let attempt = 0; ; attempt++) {
      const since = deps.now() - lastRequestAt
      if (since < deps.gapMs) await deps.wait(deps.gapMs - since, signal)
      lastRequestAt = deps.now()
      try {
        const page = await deps.fetchPage(params, signal)
        if (state.waitingUntil) set({ waitingUntil: undefined })
        return page
      } catch (error) {
        if (signal.aborted || !isRetryable(error) || attempt + 1 >= ATTEMPTS) throw error
        const delay = retryDelayMs(attempt, error)
        set({ waitingUntil: deps.now() + delay })
        await deps.wait(delay, signal)
      }
    }
  }

  const fullPass = async () => {
    set({ phase: 'paging', read: 0, error: undefined })
    for (let pageNum = 1; ; pageNum++) {
      const page = await ask(listParams(pageNum))
      await deps.record(page.items)
      set({ read: state.read + page.items.length, total: page.total })
      if (page.items.length < MAX_PAGE_SIZE || pageNum * MAX_PAGE_SIZE >= page.total) break
    }
    set({ phase: 'watching', mirroredAt: deps.now() })
  }

  const refresh = async () => {
    const newest = await ask(listParams(1))
    await deps.record(newest.items)
    set({ total: newest.total })
    const seen = new Set(newest.items.map((task) => task.id))
    const unfinished = (await deps.unfinishedIds()).filter((id) => !seen.has(id))
    for (let start = 0; start < unfinished.length; start += IDS_PER_REQUEST) {
      const page = await ask(listParams(1, unfinished.slice(start, start + IDS_PER_REQUEST)))
      await deps.record(page.items)
    }
  }

  let mirrored = false
  while (!signal.aborted) {
    try {
      if (mirrored) await refresh()
      else {
        await fullPass()
        mirrored = true
      }
    } catch (error) {
      if (signal.aborted) return
      set({ phase: 'failed', error: errorMessage(error), waitingUntil: undefined })
    }
    await deps.wait(deps.refreshMs, signal).catch(() => undefined)
    if (mirrored && state.phase === 'failed') set({ phase: 'watching', error: undefined })
  }
}
