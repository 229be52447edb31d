/** The surfaces every modal shares, the plain dialog's and the alert dialog's. */
export const modalClasses = {
  overlay: 'fixed inset-0 z-50 bg-black/50',
  content:
    'fixed top-1/2 left-1/2 z-50 box-border grid max-h-[calc(100dvh-2rem)] w-full max-w-[calc(100%-2rem)] -translate-x-1/2 -translate-y-1/2 gap-4 overflow-auto rounded-lg border border-border bg-card p-5 text-foreground shadow-xl sm:max-w-lg',
  title: 'text-base leading-tight font-semibold',
  description: 'text-[13px] text-muted-foreground',
}
