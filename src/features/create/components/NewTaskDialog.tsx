import { toast } from '../../../components/ui/toast.ts'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '../../../components/ui/dialog.tsx'
import { plural } from '../../../lib/plural.ts'
import { usePickedImages } from '../input/pickedImages.ts'
import { createQueueOrThrow, useCreateQueueState } from '../queue/liveQueue.ts'
import { CreateQueuePanel } from './CreateQueuePanel.tsx'
import { NewTaskForm, type NewTasksRequest } from './NewTaskForm.tsx'

/** "New task": images (or a prompt) in, one queued task per image out, and the queue they wait in. */
export default function NewTaskDialog({
  open,
  onOpenChange,
  onOpenTask,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  onOpenTask: (taskId: string) => void
}) {
  const picked = usePickedImages()
  const { jobs, paused } = useCreateQueueState()
  const queue = createQueueOrThrow()

  const submit = (request: NewTasksRequest) => {
    const base = { model: request.model, level: request.level, format: request.format, prompt: request.prompt }
    const batch =
      request.images.length > 0
        ? request.images.map(({ file, check }) => ({
            ...base,
            image: {
              blob: file as Blob,
              name: file.name,
              mediaType: check!.ok ? check!.mediaType : file.type,
              width: check!.ok ? check!.width : 0,
              height: check!.ok ? check!.height : 0,
            },
          }))
        : [base]
    void queue.add(batch).then(
      () => toast.success(`${plural(batch.length, 'task')} queued to send to Ark.`),
      (error: unknown) => toast.error(`Not queued: ${error instanceof Error ? error.message : String(error)}`),
    )
    picked.clear()
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-h-[92dvh] w-[min(720px,calc(100vw-16px))] max-w-none overflow-auto"
        onPaste={(event) => {
          const files = [...event.clipboardData.files]
          if (files.length > 0) picked.add(files)
        }}
      >
        <DialogHeader>
          <DialogTitle>New task</DialogTitle>
          <DialogDescription>
            Each image becomes one task at Ark. The image is kept here beside its result: Ark does not keep it.
          </DialogDescription>
        </DialogHeader>
        <NewTaskForm images={picked.images} onAddImages={picked.add} onRemoveImage={picked.remove} onSubmit={submit} />
        <CreateQueuePanel
          jobs={jobs}
          paused={paused}
          queue={queue}
          onOpenTask={(id) => {
            onOpenChange(false)
            onOpenTask(id)
          }}
        />
      </DialogContent>
    </Dialog>
  )
}
