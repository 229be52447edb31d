import { useQuery } from '@tanstack/react-query'
import { archivedIdsQuery } from '../archiveQueries.ts'

/**
 * Task IDs asked of Ark that it did not list (it lists 7 days) but the archive holds: one click
 * shows them there.
 */
export function ArchivedElsewhereNote({
  askedIds,
  listedIds,
  onShowArchive,
}: {
  askedIds: string[]
  listedIds: string[] | undefined
  onShowArchive: () => void
}) {
  const missing = listedIds ? askedIds.filter((id) => !listedIds.includes(id)) : []
  const archived = useQuery({ ...archivedIdsQuery(missing), enabled: missing.length > 0 }).data ?? []
  if (missing.length === 0 || archived.length === 0) return null
  return (
    <div className="panel" role="status" aria-label="In the archive">
      {archived.length === 1 ? 'One task' : `${archived.length} tasks`} Ark no longer lists{' '}
      {archived.length === 1 ? 'is' : 'are'} in this browser's archive ({archived.join(', ')}).{' '}
      <button type="button" className="link-button" onClick={onShowArchive}>
        Show in the archive
      </button>
    </div>
  )
}
