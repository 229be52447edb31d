import { Alert } from '../../../components/ui/alert.tsx'
import { factListClasses } from '../../../components/ui/factList.ts'
import type { ReactNode } from 'react'
import type { ArkTask } from '../../../api/arkTask.ts'
import { FACES_BY_SUBDIVISION, fileExpiresAt, runSeconds } from '../../../api/taskFacts.ts'
import { CopyButton } from '../../../components/CopyButton.tsx'
import { formatCount } from '../../../lib/formatNumber.ts'
import { formatDuration, formatLocal, formatUtc } from '../../../lib/formatTime.ts'
import { StatusBadge } from './StatusBadge.tsx'
import { TaskActions } from './TaskActions.tsx'
import { TaskVideo } from './TaskVideo.tsx'

const stamp = (seconds: number | undefined) =>
  seconds === undefined ? '—' : `${formatLocal(seconds)} (${formatUtc(seconds)})`

/** Everything Ark says of a task, its error first, then its actions and its raw JSON. */
export function TaskFields({
  task,
  result,
  onDeleted,
  confirming,
  onConfirming,
}: {
  task: ArkTask
  /** The result's own view (the model and its storage), composed by app/. */
  result?: ReactNode
  onDeleted: () => void
  confirming: boolean
  onConfirming: (on: boolean) => void
}) {
  const run = runSeconds(task)
  const expiresAt = fileExpiresAt(task)
  const faces = task.subdivisionLevel ? FACES_BY_SUBDIVISION[task.subdivisionLevel] : undefined
  const fields: Array<[string, React.ReactNode]> = [
    ['Status', <StatusBadge key="s" status={task.status} />],
    ['Kind', task.kind === '3d' ? '3D' : 'Video'],
    ['Model', task.model ?? '—'],
    ['Created', stamp(task.createdAt)],
    ['Updated', stamp(task.updatedAt)],
    ['Run time', run === undefined ? '—' : formatDuration(run)],
  ]
  if (task.kind === '3d') {
    fields.push(
      ['Format', task.fileFormat ?? '—'],
      [
        'Subdivision',
        task.subdivisionLevel ? `${task.subdivisionLevel}${faces ? ` (${formatCount(faces)} faces)` : ''}` : '—',
      ],
    )
  } else {
    fields.push(
      ['Resolution', task.resolution ?? '—'],
      ['Ratio', task.ratio ?? '—'],
      [
        'Duration',
        task.duration !== undefined ? `${task.duration} s` : task.frames !== undefined ? `${task.frames} frames` : '—',
      ],
      ['Frames per second', task.framesPerSecond ?? '—'],
      ['Service tier', task.serviceTier ?? '—'],
    )
  }
  fields.push([
    'Tokens',
    task.totalTokens !== undefined
      ? `${formatCount(task.totalTokens)} total, ${formatCount(task.completionTokens ?? 0)} completion`
      : '—',
  ])
  if (expiresAt !== undefined) fields.push(['File deleted by Ark', stamp(expiresAt)])

  return (
    <>
      {task.warnings.length > 0 && (
        <Alert variant="warning" className="my-3" role="note">
          <strong>Part of this task could not be read:</strong>
          <ul>
            {task.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </Alert>
      )}
      {task.error && (
        <Alert variant="destructive" className="my-3" role="note" aria-label="Task error">
          <strong>{task.error.code ?? 'Error'}</strong>
          <p>{task.error.message ?? 'No message.'}</p>
        </Alert>
      )}
      {/* The model first: it is what the detail is opened for; its storage and the facts follow. */}
      {result}
      <dl className={factListClasses}>
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {task.kind === 'video' && task.videoUrl && (
        <TaskVideo taskId={task.id} url={task.videoUrl} expiresAt={fileExpiresAt(task)} />
      )}
      <TaskActions task={task} onDeleted={onDeleted} confirming={confirming} onConfirming={onConfirming} />
      <details className="my-2">
        <summary className="cursor-pointer rounded-sm outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60">
          Raw JSON
        </summary>
        <CopyButton text={JSON.stringify(task.raw, null, 2)} label="Copy raw JSON" />
        <pre className="max-h-80 overflow-auto bg-muted p-2 font-mono text-[11.5px]">
          {JSON.stringify(task.raw, null, 2)}
        </pre>
      </details>
    </>
  )
}
