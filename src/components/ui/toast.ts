import type { ReactNode } from 'react'

type Kind = 'success' | 'warning' | 'error'
interface ToastOptions {
  description?: ReactNode
  /** Milliseconds on screen; `Infinity` keeps it until dismissed. */
  duration?: number
}

// sonner loads with the first toast, not with the page: most visits never show one.
let wanted = false
const listeners = new Set<() => void>()
let markMounted: () => void = () => {}
const mounted = new Promise<void>((resolve) => (markMounted = resolve))

function show(kind: Kind, message: string, options?: ToastOptions) {
  if (!wanted) {
    wanted = true
    for (const listener of listeners) listener()
  }
  // sonner's Toaster shows only toasts made after it mounted.
  void Promise.all([import('sonner'), mounted]).then(([{ toast }]) => toast[kind](message, options))
}

export const toast = {
  success: (message: string, options?: ToastOptions) => show('success', message, options),
  warning: (message: string, options?: ToastOptions) => show('warning', message, options),
  error: (message: string, options?: ToastOptions) => show('error', message, options),
}

/** For the Toaster: whether a toast was asked for yet, to mount sonner's only then. */
export const toastRequests = {
  subscribe(listener: () => void) {
    listeners.add(listener)
    return () => void listeners.delete(listener)
  },
  wanted: () => wanted,
  toasterMounted: () => markMounted(),
}
