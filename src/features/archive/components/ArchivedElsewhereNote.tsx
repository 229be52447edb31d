import { Alert } from '../../../components/ui/alert.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { useQuery } from '@tanstack/react-query'
import { archivedIdsQuery } from '../archiveQueries.ts'

/**
 * Task IDs asked of Ark that it did not list (it lists 7 days), named: a pasted list of six that
 * comes back with five says which one is missing. Those the archive holds are one click away.
 * `listedIds` must be the whole answer (every page), or undefined.
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
  if (missing.length === 0) return null
  const unknown = missing.filter((id) => !archived.includes(id))
  return (
    <Alert className="my-3" role="status" aria-label="Task IDs not listed">
      {unknown.length > 0 && (
        <p className="m-0">
          Ark does not list {unknown.length === 1 ? 'this asked ID' : `${unknown.length} of the asked IDs`}:{' '}
          <code className="font-mono text-[12.5px]">{unknown.join(', ')}</code>. It lists the last 7 days; an older or
          mistyped ID is not found.
        </p>
      )}
      {archived.length > 0 && (
        <p className="m-0">
          {archived.length === 1 ? 'One task' : `${archived.length} tasks`} Ark no longer lists{' '}
          {archived.length === 1 ? 'is' : 'are'} in this browser's library ({archived.join(', ')}).{' '}
          <Button variant="link" onClick={onShowArchive}>
            Show in the library
          </Button>
        </p>
      )}
    </Alert>
  )
}
