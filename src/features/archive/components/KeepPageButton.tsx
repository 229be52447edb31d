import { ArchiveIcon } from 'lucide-react'
import { useState } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { Button } from '../../../components/ui/button.tsx'
import { KeepConfirmDialog, useKeepable } from './KeepConfirmDialog.tsx'

/** Keeps every 3D result on the page that Ark still has and this browser has not kept, after a confirm. */
export function KeepPageButton({ tasks }: { tasks: ArkTask[] }) {
  const keepable = useKeepable(tasks)
  const [confirming, setConfirming] = useState(false)
  if (keepable.length === 0 && !confirming) return null
  return (
    <>
      <Button
        title="Stores this page's results in this browser before Ark deletes them"
        onClick={() => setConfirming(true)}
      >
        <ArchiveIcon />
        Save {keepable.length}
        <span className="sr-only">&nbsp;{keepable.length === 1 ? 'result' : 'results'} on this page</span>
      </Button>
      <KeepConfirmDialog tasks={keepable} open={confirming} onOpenChange={setConfirming} />
    </>
  )
}
