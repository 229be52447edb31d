import { useQuery } from '@tanstack/react-query'
import { archiveCountQuery } from '../archiveQueries.ts'
import { formatCount } from '../../../lib/formatNumber.ts'

/** Ark's live list, or everything this browser has seen and kept. */
export function SourceTabs({ archive, onChange }: { archive: boolean; onChange: (archive: boolean) => void }) {
  const count = useQuery(archiveCountQuery).data
  return (
    <nav className="source-tabs" aria-label="Source">
      <button type="button" aria-pressed={!archive} onClick={() => onChange(false)}>
        Ark (last 7 days)
      </button>
      <button type="button" aria-pressed={archive} onClick={() => onChange(true)}>
        Archive{count !== undefined ? ` (${formatCount(count)})` : ''}
      </button>
    </nav>
  )
}
