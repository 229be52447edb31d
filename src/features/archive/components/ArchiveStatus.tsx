import type { UseQueryResult } from '@tanstack/react-query'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import { plural } from '../../../lib/plural.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'
import { formatLocal } from '../../../lib/formatTime.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'
import { useMirrorState } from '../mirror/taskListMirror.ts'

/** The mirror of Ark's list, said quietly: how far a full pass is, or when it last ended. */
function MirrorLine() {
  const mirror = useMirrorState()
  if (!mirror) return null
  const text =
    mirror.phase === 'failed'
      ? `Ark's list could not be mirrored: ${mirror.error}. Trying again in a minute.`
      : mirror.phase === 'paging' || mirror.phase === 'starting'
        ? `Mirroring Ark's list: ${formatCount(mirror.read)}${mirror.total !== undefined ? ` of ${formatCount(mirror.total)}` : ''} tasks…`
        : mirror.mirroredAt
          ? `Ark's whole list mirrored at ${formatLocal(Math.floor(mirror.mirroredAt / 1000))}`
          : ''
  const waiting = mirror.waitingUntil ? ' Ark asked to slow down; waiting.' : ''
  return (
    <span data-mirror={mirror.phase} className={mirror.phase === 'failed' ? 'text-destructive' : undefined}>
      {text}
      {waiting}
    </span>
  )
}

/** The library's counterpart of the list status: how many match, what is saved, the mirror. */
export function ArchiveStatus({ list }: { list: UseQueryResult<{ total: number; size?: number }, unknown> }) {
  const { files } = useLocalFilesContext()
  const kept = Object.values(files ?? {}).filter((file) => file.kept)
  const { data } = list
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-muted-foreground" role="status">
        {data
          ? data.size !== undefined && data.size !== data.total
            ? `${formatCount(data.total)} of ${formatCount(data.size)} tasks in the library match`
            : `${plural(data.total, 'task')} in the library`
          : ''}
        {kept.length > 0 &&
          ` · ${plural(kept.length, 'result')} saved here (${formatBytes(kept.reduce((n, f) => n + f.bytes, 0))})`}
      </span>{' '}
      <span className="text-muted-foreground">
        <MirrorLine />
      </span>
      {list.error ? (
        <span role="alert" className="text-destructive">
          The library could not be read: {String(errorMessage(list.error))}
        </span>
      ) : null}
    </div>
  )
}
