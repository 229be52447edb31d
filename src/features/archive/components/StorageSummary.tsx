import { plural } from '../../../lib/plural.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { archiveKeys } from '../archiveQueries.ts'
import { freeSpace } from '../db/fileStore.ts'
import { requestPersistentStorage } from '../db/persistentStorage.ts'
import { useStorageEstimate } from '../hooks/useStorageEstimate.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** Usage against the browser's quota, persistence, and eviction of preview copies. */
export function StorageSummary() {
  const queryClient = useQueryClient()
  const storage = useStorageEstimate().data
  const { files } = useLocalFilesContext()
  const [note, setNote] = useState<string>()
  const stored = Object.values(files ?? {})
  const keptBytes = stored.filter((f) => f.kept).reduce((n, f) => n + f.bytes, 0)
  const previewCopies = stored.filter((f) => !f.kept)
  const previewBytes = previewCopies.reduce((n, f) => n + f.bytes, 0)
  const share = storage?.usage !== undefined && storage.quota ? storage.usage / storage.quota : undefined

  return (
    <div className="storage-summary" role="group" aria-label="Storage">
      <p>
        <strong>Storage:</strong>{' '}
        {storage?.usage !== undefined && storage.quota ? (
          <>
            <span aria-label="Storage used">
              {formatBytes(storage.usage)} of {formatBytes(storage.quota)} used
            </span>{' '}
            <meter min={0} max={1} value={share} high={0.8} optimum={0} aria-label="Share of quota used" />
          </>
        ) : (
          'this browser does not report its quota'
        )}
        {' · '}
        kept files {formatBytes(keptBytes)}, preview copies {formatBytes(previewBytes)}
        {' · '}
        {storage?.persisted ? (
          <span title="The browser will not clear this site's data to make room">storage is persistent</span>
        ) : (
          <button
            type="button"
            className="link-button"
            onClick={async () => {
              const granted = await requestPersistentStorage()
              setNote(
                granted
                  ? 'The browser agreed to keep this library under storage pressure.'
                  : 'The browser did not grant persistent storage (it may after you use the site more, or bookmark it). The library is stored all the same, but the browser may clear it when the disk is very full.',
              )
              void queryClient.invalidateQueries({ queryKey: archiveKeys.all })
            }}
          >
            Ask for persistent storage
          </button>
        )}
      </p>
      <p>
        <button
          type="button"
          disabled={previewCopies.length === 0}
          onClick={async () => {
            const freed = await freeSpace()
            setNote(
              `Removed ${plural(freed.files, 'preview copy', 'preview copies')} (${formatBytes(freed.bytes)}), oldest first. Kept files stay until you remove them.`,
            )
          }}
        >
          Free space
        </button>{' '}
        <span className="muted">
          removes the {plural(previewCopies.length, 'preview copy', 'preview copies')} saved when you opened a model,
          oldest first; kept files are never removed for you.
        </span>
      </p>
      {note && (
        <p role="status" className="muted">
          {note}
        </p>
      )}
    </div>
  )
}
