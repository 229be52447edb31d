import { StorageSummary } from './StorageSummary.tsx'
import { TransferControls } from './TransferControls.tsx'

/** What the archive holds and what can be done with it as a whole. */
export function ArchivePanel() {
  return (
    <section className="panel archive-panel" aria-label="Archive">
      <p className="muted">
        Every task the dashboard lists is stored in this browser and stays here after Ark stops listing it (7 days).
        Kept files stay after Ark deletes them (24 hours after the task finished).
      </p>
      <StorageSummary />
      <TransferControls />
    </section>
  )
}
