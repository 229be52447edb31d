import { Progress } from '../../components/ui/progress.tsx'
import { plural } from '../../lib/plural.ts'
import { ImagesIcon } from 'lucide-react'
import { useRef, useState } from 'react'
import { toast } from '../../components/ui/toast.ts'
import type { ArkTask } from '../../api/arkTask.ts'
import { arkStillHasResult } from '../../api/taskFacts.ts'
import { useTotalResultSize } from '../../api/resultSizeQuery.ts'
import { Button } from '../../components/ui/button.tsx'
import { ConfirmDialog } from '../../components/ConfirmDialog.tsx'
import { totalSizeSentence, useLocalFilesContext, useThumbnailIds } from '../../features/archive/index.ts'
import { useNow } from '../../lib/useNow.ts'
import { useGoneAtArk } from '../../api/goneAtArk.ts'
import { makeThumbnails, type ThumbnailProgress } from './makeThumbnails.ts'
import { offerToMake, usePictureStates } from './autoPictures.ts'

/** The page's 3D results that have no picture yet and whose zip can still be had. */
function useWithoutPicture(tasks: readonly ArkTask[]): ArkTask[] {
  const pictured = useThumbnailIds()
  usePictureStates()
  const local = useLocalFilesContext().files
  const gone = useGoneAtArk()
  const now = useNow() / 1000
  if (!pictured) return []
  return tasks.filter(
    (task) =>
      task.kind === '3d' &&
      task.status === 'succeeded' &&
      !pictured.has(task.id) &&
      offerToMake(task.id) &&
      (Boolean(local?.[task.id]) || (arkStillHasResult(task, now) && !gone[task.id])),
  )
}

/**
 * "Make thumbnails for this page", for what the automatic pictures leave: results past today's
 * budget, or all of them where automatic pictures are off. Says how many and how large first.
 */
export function MakeThumbnailsButton({ tasks }: { tasks: readonly ArkTask[] }) {
  const missing = useWithoutPicture(tasks)
  const [confirming, setConfirming] = useState(false)
  const [progress, setProgress] = useState<ThumbnailProgress>()
  const abort = useRef<AbortController>(undefined)
  const total = useTotalResultSize(missing, confirming)
  if (progress)
    return (
      <span role="status" className="flex items-center gap-2 text-[13px]">
        <Progress max={progress.total} value={progress.done} aria-label="Making thumbnails" />
        {progress.done} of {progress.total} thumbnails
        <Button size="sm" variant="ghost" onClick={() => abort.current?.abort()}>
          Cancel
        </Button>
      </span>
    )
  if (missing.length === 0) return null
  const count = `${plural(missing.length, 'result')}`
  const start = async () => {
    setConfirming(false)
    abort.current = new AbortController()
    const done = await makeThumbnails(missing, setProgress, abort.current.signal)
    setProgress(undefined)
    if (done.failed.length > 0)
      toast.warning(`${done.failed.length} thumbnails could not be made`, {
        description: done.failed.map((f) => `${f.id}: ${f.reason}`).join('\n'),
      })
  }
  return (
    <>
      <Button onClick={() => setConfirming(true)}>
        <ImagesIcon />
        <span className="max-sm:sr-only">Make</span> thumbnails ({missing.length})
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={`Make thumbnails for ${count} on this page?`}
        description={
          <>
            Each result is downloaded (or read from this browser’s library) and its model drawn once, off screen.{' '}
            <span role="status">
              {totalSizeSentence(total, missing.length, (bytes) => `${bytes} to download at most.`)}
            </span>
          </>
        }
        actions={
          <Button variant="default" onClick={() => void start()}>
            Make {plural(missing.length, 'thumbnail')}
          </Button>
        }
      />
    </>
  )
}
