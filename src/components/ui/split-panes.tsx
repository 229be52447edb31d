import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

/**
 * Two panes side by side, the first always mounted (it keeps its scroll and focus while the
 * second comes and goes), with a handle between them: drag it, or focus it and use the arrow
 * keys, Home and End. Sizes are percentages of the width.
 */
export function SplitPanes({
  first,
  second,
  label,
  defaultSize = 38,
  minFirst = 22,
  minSecond = 30,
}: {
  first: ReactNode
  /** The second pane; without it the first takes the whole width and there is no handle. */
  second?: ReactNode
  /** The handle's accessible name. */
  label: string
  /** The first pane's share when the second shows. */
  defaultSize?: number
  minFirst?: number
  minSecond?: number
}) {
  const box = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState(defaultSize)
  const [dragging, setDragging] = useState(false)
  const max = 100 - minSecond
  const resize = (next: number) => setSize(clamp(next, minFirst, max))

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return
    event.currentTarget.setPointerCapture(event.pointerId)
    setDragging(true)
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const rect = box.current?.getBoundingClientRect()
    if (!dragging || !rect?.width) return
    resize(((event.clientX - rect.left) / rect.width) * 100)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? 10 : 2
    const next = { ArrowLeft: size - step, ArrowRight: size + step, Home: minFirst, End: max }[event.key]
    if (next === undefined) return
    event.preventDefault()
    resize(next)
  }

  return (
    <div ref={box} className="flex h-full w-full">
      <div
        className={cn('h-full min-w-0 overflow-hidden', second ? 'shrink-0' : 'flex-1')}
        style={second ? { flexBasis: `${size}%` } : undefined}
      >
        {first}
      </div>
      {second && (
        <>
          <div
            role="separator"
            aria-orientation="vertical"
            aria-label={label}
            aria-valuenow={Math.round(size)}
            aria-valuemin={minFirst}
            aria-valuemax={max}
            tabIndex={0}
            data-active={dragging || undefined}
            className="relative mx-1 w-1.5 shrink-0 cursor-col-resize touch-none rounded-full bg-border outline-none transition-colors hover:bg-primary/50 focus-visible:bg-primary data-[active]:bg-primary"
            onPointerDown={onPointerDown}
            onPointerMove={onPointerMove}
            onPointerUp={() => setDragging(false)}
            onPointerCancel={() => setDragging(false)}
            onKeyDown={onKeyDown}
          />
          <div className="h-full min-w-0 flex-1 overflow-hidden">{second}</div>
        </>
      )}
    </div>
  )
}
