import { useState } from 'react'

/**
 * Copies `text`, and says so for a moment. In a list row it stays out of the tab order
 * (`tabbable={false}`): the row is one tab stop, and the detail offers the same copy.
 */
export function CopyButton({ text, label, tabbable = true }: { text: string; label: string; tabbable?: boolean }) {
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="inline-grid cursor-pointer place-items-center rounded-sm border-0 bg-transparent px-1 py-0 text-muted-foreground outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring/60"
      tabIndex={tabbable ? undefined : -1}
      aria-label={label}
      title={label}
      onClick={async (event) => {
        event.stopPropagation()
        try {
          await navigator.clipboard.writeText(text)
          setCopied(true)
          setTimeout(() => setCopied(false), 1200)
        } catch {
          window.prompt('Copy this:', text)
        }
      }}
    >
      {/* Drawn by CSS (a mask): every list row has one, and an inline SVG is three more elements per row. */}
      {copied ? '✓' : <span className="icon-copy" aria-hidden="true" data-icon="copy" />}
    </button>
  )
}
