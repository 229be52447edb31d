import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

class MemoryStorage {
  private items = new Map<string, string>()
  getItem = (key: string) => this.items.get(key) ?? null
  setItem = (key: string, value: string) => void this.items.set(key, value)
}

beforeEach(() => {
  vi.resetModules()
  vi.stubGlobal('localStorage', new MemoryStorage())
  vi.stubGlobal('window', new EventTarget())
})
afterEach(() => vi.unstubAllGlobals())

describe('a stored value', () => {
  it('is one value per key: a write reaches every reader, and lands in localStorage', async () => {
    const { storedValue } = await import('./storedValue.ts')
    const a = storedValue('viewer.settings', { grid: true })
    const b = storedValue('viewer.settings', { grid: true })
    const heard = vi.fn()
    b.subscribe(heard)
    a.set({ grid: false })
    expect(b.get()).toEqual({ grid: false })
    expect(heard).toHaveBeenCalledTimes(1)
    expect(localStorage.getItem('ark3d:viewer.settings')).toBe('{"grid":false}')
  })

  it('gives the fallback for a missing, unreadable or invalid value', async () => {
    localStorage.setItem('ark3d:broken', '{nope')
    localStorage.setItem('ark3d:invalid', '"a string"')
    const { storedValue } = await import('./storedValue.ts')
    expect(storedValue('missing', 1).get()).toBe(1)
    expect(storedValue('broken', 2).get()).toBe(2)
    expect(storedValue('invalid', { on: false }, (v) => typeof v === 'object').get()).toEqual({ on: false })
  })

  it('reads again when another tab writes the key', async () => {
    const { storedValue } = await import('./storedValue.ts')
    const value = storedValue('notify', false)
    const heard = vi.fn()
    value.subscribe(heard)
    expect(value.get()).toBe(false)
    localStorage.setItem('ark3d:notify', 'true')
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'ark3d:notify' }))
    expect(heard).toHaveBeenCalledTimes(1)
    expect(value.get()).toBe(true)
  })
})
