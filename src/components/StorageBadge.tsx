import { CheckIcon, CircleSlashIcon, FileTextIcon, ServerIcon } from 'lucide-react'
import { STORAGE_LABEL, storageSentence, type StorageState } from '../api/storageState.ts'
import { cn } from '../lib/cn.ts'

const ICON = { saved: CheckIcon, server: ServerIcon, recorded: FileTextIcon, gone: CircleSlashIcon }

/** A result's storage state in its one word, the full sentence on hover and for screen readers. */
export function StorageBadge({ state, long = false }: { state: StorageState; long?: boolean }) {
  const Icon = ICON[state.kind]
  const sentence = storageSentence(state)
  const subline =
    state.kind === 'gone'
      ? state.saved
        ? 'files saved here'
        : state.onServer
          ? 'files kept on the server'
          : 'files not saved'
      : undefined
  return (
    <span
      data-storage={state.kind}
      title={sentence}
      className={cn(
        'inline-flex items-center gap-1 text-[12px]',
        // A cell's word stays on one line; the detail's sentence wraps like text.
        long ? 'items-start' : 'whitespace-nowrap',
        (state.kind === 'saved' || state.kind === 'server') && 'text-emerald-700 dark:text-emerald-400',
        state.kind === 'recorded' && 'text-muted-foreground',
        state.kind === 'gone' && !state.saved && !state.onServer && 'text-destructive',
      )}
    >
      <Icon aria-hidden="true" className={cn('size-3.5 shrink-0', long && 'mt-0.5')} />
      {long ? sentence : STORAGE_LABEL[state.kind]}
      {!long && subline && <span className="text-muted-foreground">· {subline}</span>}
    </span>
  )
}
