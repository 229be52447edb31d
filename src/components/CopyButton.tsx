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
      className="icon-button"
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
      {copied ? (
        '✓'
      ) : (
        <svg viewBox="0 0 16 16" width="13" height="13" aria-hidden="true">
          <rect x="5" y="5" width="9" height="9" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
          <path
            d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
          />
        </svg>
      )}
    </button>
  )
}
