import { DownloadIcon, LoaderCircleIcon } from 'lucide-react'
import { useState } from 'react'
import { toast } from '../../../components/ui/toast.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import { Tooltip } from '../../../components/ui/tooltip.tsx'
import { errorMessage } from '../../../lib/errorMessage.ts'
import { saveBlob } from '../../../lib/saveBlob.ts'
import { useUnreachableReason } from '../hooks/useStorageState.ts'
import { resultZip } from '../resultZip.ts'

/**
 * Download in the task's header: the bytes the page or this browser already holds, so a previewed
 * or saved result is never fetched twice, and a saved one still downloads after Ark deleted it.
 */
export function ResultDownloadButton({ task }: { task: ArkTask }) {
  const [busy, setBusy] = useState(false)
  const refusal = useUnreachableReason(task)
  const download = async () => {
    setBusy(true)
    try {
      saveBlob(await resultZip(task), `${task.id}.zip`)
    } catch (error) {
      toast.error(`${task.id}.zip was not downloaded`, { description: errorMessage(error) })
    } finally {
      setBusy(false)
    }
  }
  const button = (
    <Button
      size="sm"
      aria-label={`Download ${task.id}.zip`}
      aria-disabled={refusal ? true : undefined}
      disabled={busy}
      onClick={refusal ? undefined : () => void download()}
      className={refusal ? 'opacity-50' : undefined}
    >
      {busy ? <LoaderCircleIcon className="animate-spin" /> : <DownloadIcon />}
      <span className="max-sm:sr-only">Download</span>
    </Button>
  )
  return refusal ? <Tooltip content={refusal}>{button}</Tooltip> : button
}
