import { useRef } from 'react'

/** How long a finger rests before a press counts as long, as on Android and iOS. */
const LONG_PRESS_MS = 500
/** A finger that moves this far is scrolling, not pressing. */
const SLOP_PX = 10

/**
 * Handlers for an element that does `onLongPress` when a touch rests on it, and swallows the click
 * that follows, so the long press does not also open what a tap would.
 */
export function useLongPress(onLongPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const start = useRef<{ x: number; y: number }>(undefined)
  const fired = useRef(false)
  const cancel = () => {
    clearTimeout(timer.current)
    start.current = undefined
  }
  return {
    onPointerDown: (event: React.PointerEvent) => {
      if (event.pointerType !== 'touch') return
      fired.current = false
      start.current = { x: event.clientX, y: event.clientY }
      timer.current = setTimeout(() => {
        fired.current = true
        onLongPress()
      }, LONG_PRESS_MS)
    },
    onPointerMove: (event: React.PointerEvent) => {
      if (start.current && Math.hypot(event.clientX - start.current.x, event.clientY - start.current.y) > SLOP_PX)
        cancel()
    },
    onPointerUp: cancel,
    onPointerCancel: cancel,
    // The browser's own long-press menu would cover ours.
    onContextMenu: (event: React.MouseEvent) => {
      if (start.current || fired.current) event.preventDefault()
    },
    onClickCapture: (event: React.MouseEvent) => {
      if (!fired.current) return
      fired.current = false
      event.stopPropagation()
      event.preventDefault()
    },
  }
}
