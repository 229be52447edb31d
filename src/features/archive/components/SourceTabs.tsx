import { memo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { CloudIcon, LibraryIcon } from 'lucide-react'
import { ToggleGroup, ToggleGroupItem } from '../../../components/ui/toggle-group.tsx'
import { formatCount } from '../../../lib/formatNumber.ts'
import { archiveCountQuery } from '../archiveQueries.ts'

/** Ark's live list, or the library (every task this browser has seen): one choice of two, arrow keys move. */
export const SourceTabs = memo(function SourceTabs({
  archive,
  onChange,
}: {
  archive: boolean
  onChange: (archive: boolean) => void
}) {
  const count = useQuery(archiveCountQuery).data
  return (
    <ToggleGroup
      type="single"
      aria-label="Source"
      className="self-start"
      value={archive ? 'archive' : 'ark'}
      onValueChange={(value) => value && onChange(value === 'archive')}
    >
      <ToggleGroupItem value="ark">
        <CloudIcon />
        Ark<span className="-ml-1 max-sm:sr-only">&nbsp;(last 7 days)</span>
      </ToggleGroupItem>
      <ToggleGroupItem value="archive">
        <LibraryIcon />
        Library{count !== undefined ? ` (${formatCount(count)})` : ''}
      </ToggleGroupItem>
    </ToggleGroup>
  )
})
