import { useEffect, useRef } from 'react'

interface Handlers {
  move: (delta: number) => void
  openActive: () => void
  close: () => void
  focusIdFilter: () => void
  toggleSelectActive: () => void
  showShortcuts: () => void
  starActive?: () => void
  renameActive?: () => void
  newTask?: () => void
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

/**
 * j/k or arrows move, Enter opens, Esc closes, / focuses the task ID filter, x selects, s stars,
 * r renames, n starts a new task, ? lists them.
 */
export function useTableKeyboard(handlers: Handlers) {
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey) return
      const h = latest.current
      // A dialog or menu open over the page has the keyboard; its own Esc closes it, not the task. By
      // the time the key reaches the document the menu may be gone, but the key came from inside it.
      const target = event.target
      const overlays = '[role="menu"], [role="dialog"], [role="alertdialog"]'
      if (target instanceof Element && (!target.isConnected || target.closest(overlays))) return
      if (document.querySelector(overlays)) return
      if (event.key === 'Escape') {
        if (isTyping(event.target)) (event.target as HTMLElement).blur()
        else h.close()
        return
      }
      if (isTyping(event.target)) return
      if (event.target instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ')) return
      const actions: Record<string, () => void> = {
        j: () => h.move(1),
        ArrowDown: () => h.move(1),
        k: () => h.move(-1),
        ArrowUp: () => h.move(-1),
        Enter: h.openActive,
        '/': h.focusIdFilter,
        x: h.toggleSelectActive,
        '?': h.showShortcuts,
        ...(h.starActive && { s: h.starActive }),
        ...(h.renameActive && { r: h.renameActive }),
        ...(h.newTask && { n: h.newTask }),
      }
      const action = actions[event.key]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])
}
