import { afterEach, describe, expect, it, vi } from 'vitest'
import { sleep } from './sleep.ts'

afterEach(() => vi.useRealTimers())

describe('sleep', () => {
  it('resolves after its time, taking its abort listener with it', async () => {
    vi.useFakeTimers()
    const controller = new AbortController()
    const removed = vi.spyOn(controller.signal, 'removeEventListener')
    const slept = sleep(1_000, controller.signal)
    await vi.advanceTimersByTimeAsync(1_000)
    await expect(slept).resolves.toBeUndefined()
    expect(removed).toHaveBeenCalledWith('abort', expect.any(Function))
  })

  it('rejects with the reason the moment the signal aborts, and at once on an aborted one', async () => {
    const controller = new AbortController()
    const slept = sleep(60_000, controller.signal)
    controller.abort(new Error('stopped'))
    await expect(slept).rejects.toThrow('stopped')
    await expect(sleep(10, controller.signal)).rejects.toThrow('stopped')
  })
})
