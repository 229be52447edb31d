import { ChevronRightIcon } from 'lucide-react'
import { Suspense, type ReactNode } from 'react'
import { useLocalStorage } from '../../../lib/useLocalStorage.ts'
import { lazyNamed } from '../../../lib/lazyNamed.ts'

// Loaded when the panel first opens: most visits keep it folded.
const StorageSummary = lazyNamed(() => import('./StorageSummary.tsx'), 'StorageSummary')
const TransferControls = lazyNamed(() => import('./TransferControls.tsx'), 'TransferControls')

/**
 * What the library holds and what can be done with it as a whole, folded into one line until
 * asked for (the choice is remembered): the list comes first. `children`: the app's settings that belong here.
 */
export function ArchivePanel({ children }: { children?: ReactNode }) {
  const [open, setOpen] = useLocalStorage<boolean>('library.storageOpen', false)
  return (
    <details
      className="group/panel mb-1.5 rounded-md border border-border bg-muted text-[13px]"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded-md px-3 py-1 text-muted-foreground outline-none select-none focus-visible:ring-[3px] focus-visible:ring-ring/60 [&::-webkit-details-marker]:hidden">
        <ChevronRightIcon aria-hidden="true" className="size-4 transition-transform group-open/panel:rotate-90" />
        Storage, pictures, export and import
      </summary>
      <section
        className="m-0 flex flex-wrap items-center gap-x-4 gap-y-1 px-3 pt-1 pb-2 [&_p]:m-0"
        aria-label="Library storage"
      >
        <p className="text-muted-foreground basis-full">
          Every task listed is stored in this browser, past Ark’s 7 days; saved files outlive its 24 hours.
        </p>
        {open && (
          <Suspense fallback={<p className="text-muted-foreground">Reading the library…</p>}>
            <StorageSummary />
            {children}
            <TransferControls />
          </Suspense>
        )}
      </section>
    </details>
  )
}
