import { ColumnsIcon, RefreshCwIcon } from 'lucide-react'
import { toast } from '../../components/ui/toast.ts'
import { Button } from '../../components/ui/button.tsx'
import { TaskInputImage, useTaskInput, type TaskInput } from '../../features/archive/index.ts'
import { createQueueOrThrow } from '../../features/create/index.ts'
import { catalogEntry, type FileFormat, type SubdivisionLevel } from '../../api/modelCatalog.ts'

function generateAgain(input: TaskInput) {
  const queue = createQueueOrThrow()
  void queue
    .add([
      {
        model: input.model,
        prompt: input.prompt,
        level: input.level as SubdivisionLevel | undefined,
        format: input.format as FileFormat | undefined,
        image: input.image && {
          blob: input.image,
          name: input.imageName ?? 'input',
          mediaType: input.image.type,
          width: input.width ?? 0,
          height: input.height ?? 0,
        },
        generatedFrom: input.taskId,
      },
    ])
    .then(() => toast.success('A new task from the same input is queued to send to Ark.'))
}

/** What the task was made from, when it was created here: the image, prompt and options, and "Generate again". */
export function TaskInputPanel({
  taskId,
  onOpenTask,
  onCompare,
}: {
  taskId: string
  onOpenTask: (id: string) => void
  onCompare: (ids: [string, string]) => void
}) {
  const input = useTaskInput(taskId)
  if (!input) return null
  const model = catalogEntry(input.model)?.label ?? input.model
  return (
    <section aria-label="Input" className="mb-2 flex items-start gap-3 rounded-md border border-border p-2 text-[13px]">
      <TaskInputImage taskId={taskId} className="size-24 shrink-0" />
      <div className="flex min-w-0 flex-col gap-1">
        <p className="m-0">
          <strong>Made here</strong> with {model}
          {input.level ? `, ${input.level}` : ''}
          {input.format ? `, ${input.format}` : ''}
          {input.imageName ? ` from ${input.imageName}` : ''}
          {input.width ? ` (${input.width} × ${input.height} px)` : ''}.
        </p>
        {input.prompt && <p className="m-0 text-muted-foreground">“{input.prompt}”</p>}
        {input.generatedFrom && (
          <p className="m-0">
            Generated again from{' '}
            <Button variant="link" className="h-auto p-0 font-mono" onClick={() => onOpenTask(input.generatedFrom!)}>
              {input.generatedFrom}
            </Button>
          </p>
        )}
        <span className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => generateAgain(input)}>
            <RefreshCwIcon />
            Generate again
          </Button>
          {input.generatedFrom && (
            <Button size="sm" onClick={() => onCompare([input.generatedFrom!, taskId])}>
              <ColumnsIcon />
              Compare with the original
            </Button>
          )}
        </span>
      </div>
    </section>
  )
}
