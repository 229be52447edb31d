// @vitest-environment happy-dom
import { fireEvent, render, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useTableKeyboard } from './useTableKeyboard.ts'

function handlers() {
  return {
    move: vi.fn(),
    openActive: vi.fn(),
    close: vi.fn(),
    focusIdFilter: vi.fn(),
    toggleSelectActive: vi.fn(),
    showShortcuts: vi.fn(),
  }
}

afterEach(() => document.body.replaceChildren())

describe('the keyboard grid', () => {
  it('moves with j/k and the arrows, opens with Enter, closes with Esc, and knows /, x and ?', () => {
    const h = handlers()
    renderHook(() => useTableKeyboard(h))
    for (const key of ['j', 'ArrowDown', 'k', 'ArrowUp', 'Enter', 'Escape', '/', 'x', '?'])
      fireEvent.keyDown(document.body, { key })
    expect(h.move.mock.calls).toEqual([[1], [1], [-1], [-1]])
    expect(h.openActive).toHaveBeenCalledTimes(1)
    expect(h.close).toHaveBeenCalledTimes(1)
    expect(h.focusIdFilter).toHaveBeenCalledTimes(1)
    expect(h.toggleSelectActive).toHaveBeenCalledTimes(1)
    expect(h.showShortcuts).toHaveBeenCalledTimes(1)
  })

  it('leaves keys alone while the user types, except Esc, which leaves the field', () => {
    const h = handlers()
    renderHook(() => useTableKeyboard(h))
    const { getByRole } = render(<input aria-label="Task IDs" />)
    const field = getByRole('textbox')
    field.focus()
    fireEvent.keyDown(field, { key: 'j' })
    fireEvent.keyDown(field, { key: 'x' })
    expect(h.move).not.toHaveBeenCalled()
    expect(h.toggleSelectActive).not.toHaveBeenCalled()
    fireEvent.keyDown(field, { key: 'Escape' })
    expect(document.activeElement).not.toBe(field)
    expect(h.close).not.toHaveBeenCalled()
  })

  it('gives the keyboard to an open dialog or menu, and to modified keys', () => {
    const h = handlers()
    renderHook(() => useTableKeyboard(h))
    fireEvent.keyDown(document.body, { key: 'j', ctrlKey: true })
    const { getByRole } = render(<div role="dialog" aria-label="Shortcuts" />)
    expect(getByRole('dialog')).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    fireEvent.keyDown(document.body, { key: 'j' })
    expect(h.move).not.toHaveBeenCalled()
    expect(h.close).not.toHaveBeenCalled()
  })
})
