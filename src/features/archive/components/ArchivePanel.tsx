import { StorageSummary } from './StorageSummary.tsx'
import { TransferControls } from './TransferControls.tsx'

/** What the archive holds and what can be done with it as a whole. */
export function ArchivePanel() {
  return (
    <section className="panel archive-panel" aria-label="Archive">
      <p className="muted basis-full">
        Every task listed is stored in this browser, past Ark’s 7 days; kept files outlive its 24 hours.
      </p>
      <StorageSummary />
      <TransferControls />
    </section>
  )
}
