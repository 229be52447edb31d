import { plural } from '../../../lib/plural.ts'
import type { UseQueryResult } from '@tanstack/react-query'
import type { ArkTaskPage } from '../../../api/arkTask.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** The archive's counterpart of the list status: where the rows come from and what is stored. */
export function ArchiveStatus({ list }: { list: UseQueryResult<ArkTaskPage, unknown> }) {
  const { files } = useLocalFilesContext()
  const stored = Object.values(files ?? {})
  const kept = stored.filter((file) => file.kept)
  return (
    <div className="list-status">
      <span className="muted" role="status">
        {list.data
          ? `${formatCount(list.data.total)} archived tasks match, read from this browser, each as Ark last sent it`
          : ''}
        {kept.length > 0 &&
          ` · ${plural(kept.length, 'kept file')} (${formatBytes(kept.reduce((n, f) => n + f.bytes, 0))})`}
      </span>
      {list.error ? (
        <span role="alert" className="error-text">
          The archive could not be read: {String(errorMessage(list.error))}
        </span>
      ) : null}
    </div>
  )
}
