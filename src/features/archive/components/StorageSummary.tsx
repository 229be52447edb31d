import { Button } from '../../../components/ui/button.tsx'
import { plural } from '../../../lib/plural.ts'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { archiveKeys } from '../archiveQueries.ts'
import { freeSpace } from '../db/fileStore.ts'
import { requestPersistentStorage } from '../db/persistentStorage.ts'
import { useStorageEstimate } from '../hooks/useStorageEstimate.ts'
import { useLocalFilesContext } from '../localFilesContext.ts'

/** Usage against the browser's quota, persistence, and eviction of cached files. */
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
    <div className="basis-full" role="group" aria-label="Storage">
      <p>
        <strong>Storage:</strong>{' '}
        {storage?.usage !== undefined && storage.quota ? (
          <>
            <span aria-label="Storage used">
              {formatBytes(storage.usage)} of {formatBytes(storage.quota)} used
            </span>{' '}
            <meter
              className="w-32 align-middle"
              min={0}
              max={1}
              value={share}
              high={0.8}
              optimum={0}
              aria-label="Share of quota used"
            />
          </>
        ) : (
          'this browser does not report its quota'
        )}
        {' · '}
        saved files {formatBytes(keptBytes)}, cached files {formatBytes(previewBytes)}
        {' · '}
        {storage?.persisted ? (
          <span title="The browser will not clear this site's data to make room">storage is persistent</span>
        ) : (
          <Button
            variant="link"
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
          </Button>
        )}
      </p>
      <p>
        <Button
          size="sm"
          disabled={previewCopies.length === 0}
          onClick={async () => {
            const freed = await freeSpace()
            setNote(
              `Removed ${plural(freed.files, 'cached file')} (${formatBytes(freed.bytes)}), oldest first. Saved files stay until you remove them.`,
            )
          }}
        >
          Free space
        </Button>{' '}
        <span className="text-muted-foreground">
          removes the {plural(previewCopies.length, 'cached file')} held since you opened a model, oldest first; saved
          files are never removed for you.
        </span>
      </p>
      {note && (
        <p role="status" className="text-muted-foreground">
          {note}
        </p>
      )}
    </div>
  )
}
