import { formatCount } from '../../../lib/formatNumber.ts'
import { Suspense, useEffect, useRef, useState } from 'react'
import { probeResultFile, relayedFileUrl } from '../../../api/resultFile.ts'
import type { ArkTask } from '../../../api/arkTask.ts'
import { CopyButton } from '../../../components/CopyButton.tsx'
import { ErrorBoundary } from '../../../components/ErrorBoundary.tsx'
import { LazyModelPreview, type ViewerAddress } from '../../viewer/index.ts'
import { useTask } from '../hooks/useTask.ts'
import {
  useThumbnailUrl,
  KeepButton,
  KeepControls,
  ResultDownloadButton,
  saveThumbnail,
  useResultSource,
  useStorageState,
} from '../../archive/index.ts'
import { formatDuration, formatLocal, formatUtc } from '../../../lib/formatTime.ts'
import { useDeleteTask } from '../hooks/useDeleteTask.ts'
import { deleteEffect, deleteRefusal, FACES_BY_SUBDIVISION, fileExpiresAt, runSeconds } from '../../../api/taskFacts.ts'
import { StatusBadge } from './StatusBadge.tsx'
import {
  ArrowLeftIcon,
  BracesIcon,
  CopyIcon,
  EllipsisIcon,
  LinkIcon,
  Maximize2Icon,
  Minimize2Icon,
  Trash2Icon,
  XIcon,
} from 'lucide-react'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import { TaskListError } from './TaskListError.tsx'

interface Props {
  taskId: string
  /** The task as the current page has it; fetched by ID when it is not on the page. */
  fromPage?: ArkTask
  onClose: () => void
  /** "Close details" beside the list; "Back" on a phone, where the task fills the screen. */
  closeLabel?: string
  /** The model fills the window (`view=model`). */
  fullView?: boolean
  /** Offered where the window is large enough to make a difference. */
  onFullView?: (on: boolean) => void
  /** The task was opened from the keyboard: focus moves into the detail, then `onFocused` is told. */
  takeFocus?: boolean
  onFocused?: () => void
  /** The viewer's part of the address. */
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
}

const stamp = (seconds: number | undefined) =>
  seconds === undefined ? '—' : `${formatLocal(seconds)} (${formatUtc(seconds)})`

export function TaskDetail({
  taskId,
  fromPage,
  onClose,
  closeLabel = 'Close details',
  fullView,
  onFullView,
  takeFocus,
  onFocused,
  viewer,
  onViewer,
}: Props) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [confirmingRemoval, setConfirmingRemoval] = useState(false)
  useEffect(() => {
    if (!takeFocus) return
    heading.current?.focus()
    onFocused?.()
  }, [takeFocus, onFocused])
  const { task, fetched } = useTask(taskId, fromPage)
  return (
    <aside className={cn('task-detail', fullView && 'is-full')} aria-label={`Task ${taskId}`}>
      <header className="detail-header flex items-center gap-2">
        {closeLabel === 'Back' && (
          <Button size="sm" variant="ghost" onClick={onClose}>
            <ArrowLeftIcon />
            Back
          </Button>
        )}
        <h2
          ref={heading}
          tabIndex={-1}
          className="flex min-w-0 items-center gap-1.5 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60 rounded-sm"
        >
          <code className="truncate">{taskId}</code> <CopyButton text={taskId} label="Copy task ID" />
        </h2>
        {task && <StatusBadge status={task.status} />}
        <span className="ml-auto" />
        {task?.kind === '3d' && task.status === 'succeeded' && task.fileUrl && <ResultActions task={task} />}
        {onFullView && task?.kind === '3d' && task.status === 'succeeded' && (
          <Button
            size="sm"
            variant="ghost"
            onClick={() => onFullView(!fullView)}
            aria-pressed={Boolean(fullView)}
            title={fullView ? 'Back to the list (Esc)' : 'Fill the window with the model'}
          >
            {fullView ? <Minimize2Icon /> : <Maximize2Icon />}
            {fullView ? 'Exit full view' : 'Full view'}
          </Button>
        )}
        {task && <TaskMenu task={task} onRemove={removalOf(task) ? () => setConfirmingRemoval(true) : undefined} />}
        {closeLabel !== 'Back' && (
          <Button size="icon-sm" variant="ghost" onClick={onClose} aria-label={closeLabel}>
            <XIcon />
          </Button>
        )}
      </header>
      {!task && fetched.isPending && <p className="muted">Loading…</p>}
      {!task && fetched.error ? <TaskListError error={fetched.error} subject="This task" /> : null}
      {task && (
        <TaskFields
          task={task}
          onDeleted={onClose}
          confirming={confirmingRemoval}
          onConfirming={setConfirmingRemoval}
          viewer={viewer}
          onViewer={onViewer}
        />
      )}
    </aside>
  )
}

function TaskFields({
  task,
  onDeleted,
  confirming,
  onConfirming,
  viewer,
  onViewer,
}: {
  task: ArkTask
  onDeleted: () => void
  confirming: boolean
  onConfirming: (on: boolean) => void
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
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
        <div className="panel panel-warning" role="note">
          <strong>Part of this task could not be read:</strong>
          <ul>
            {task.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      {task.error && (
        <div className="panel panel-error" role="note" aria-label="Task error">
          <strong>{task.error.code ?? 'Error'}</strong>
          <p>{task.error.message ?? 'No message.'}</p>
        </div>
      )}
      {/* The model first: it is what the detail is opened for; keeping and the facts follow. */}
      {task.kind === '3d' && task.status === 'succeeded' && task.fileUrl && (
        <TaskPreview task={task} viewer={viewer} onViewer={onViewer} />
      )}
      {task.kind === '3d' && task.status === 'succeeded' && <KeepControls task={task} />}
      <dl className="fields">
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
      <details className="raw-json">
        <summary>Raw JSON</summary>
        <CopyButton text={JSON.stringify(task.raw, null, 2)} label="Copy raw JSON" />
        <pre>{JSON.stringify(task.raw, null, 2)}</pre>
      </details>
    </>
  )
}

function TaskPreview({
  task,
  viewer,
  onViewer,
}: {
  task: ArkTask
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
}) {
  const source = useResultSource(task)
  const poster = useThumbnailUrl(task.id)
  if (!source) return null
  return (
    <ErrorBoundary label="The 3D preview">
      <Suspense fallback={<p className="muted">Loading the viewer…</p>}>
        <LazyModelPreview
          taskId={task.id}
          sourceKey={source.key}
          loadZip={source.load}
          onThumbnail={(picture) => void saveThumbnail(task.id, picture)}
          address={viewer}
          onAddress={onViewer}
          poster={poster}
          sourceNote={
            source.local ? (
              <p className="source-note" role="note">
                Shown from the copy in this browser.
              </p>
            ) : undefined
          }
        />
      </Suspense>
    </ErrorBoundary>
  )
}

function TaskVideo({ taskId, url, expiresAt }: { taskId: string; url: string; expiresAt: number | undefined }) {
  const [failure, setFailure] = useState<string>()
  const onError = () => {
    setFailure('Finding out why…')
    void probeResultFile(url, expiresAt, taskId).then((error) =>
      setFailure(error?.message ?? 'The file is there, but this browser cannot play its format.'),
    )
  }
  if (failure)
    return (
      <p className="panel" role="status">
        The video could not be loaded. {failure}
      </p>
    )
  return <video className="task-video" controls preload="metadata" src={relayedFileUrl(url)} onError={onError} />
}

const REMOVAL_LABEL = { cancel: 'Cancel', delete: 'Delete', 'not-possible': undefined } as const
const removalOf = (task: ArkTask) => REMOVAL_LABEL[deleteEffect(task.status)]

function TaskActions({
  task,
  onDeleted,
  confirming,
  onConfirming: setConfirming,
}: {
  task: ArkTask
  onDeleted: () => void
  /** Asked here or from the header's menu. */
  confirming: boolean
  onConfirming: (on: boolean) => void
}) {
  const confirmRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (confirming) confirmRef.current?.scrollIntoView({ block: 'nearest' })
  }, [confirming])
  const removal = useDeleteTask()
  const action = removalOf(task)
  const refusal = deleteRefusal(task.status)
  if (!action)
    return refusal ? (
      <p className="text-sm text-muted-foreground" data-testid="delete-refusal">
        {refusal}
      </p>
    ) : null
  const consequence =
    action === 'Cancel'
      ? 'The task will not run.'
      : "Ark's record of this task is removed; its file link stops being listed."
  return (
    <div className="task-actions">
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {action} task…
        </button>
      ) : (
        <div ref={confirmRef} role="alertdialog" aria-label={`${action} task?`} className="confirm">
          <p>
            {action} {task.id}? {consequence}
          </p>
          <button
            type="button"
            className="danger"
            disabled={removal.isPending}
            onClick={() =>
              removal.mutate(task, {
                onSuccess: () => {
                  setConfirming(false)
                  if (action === 'Delete') onDeleted()
                },
              })
            }
          >
            {action === 'Cancel' ? 'Yes, cancel it' : 'Yes, delete it'}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      )}
      {removal.error && <p className="error-text">{(removal.error as Error).message}</p>}
    </div>
  )
}

/** Keep and Download, as the result's storage state allows. */
function ResultActions({ task }: { task: ArkTask }) {
  const state = useStorageState(task)
  return (
    <>
      <KeepButton task={task} />
      <ResultDownloadButton task={task} state={state} />
    </>
  )
}

/** The rest of a task's actions, behind one button in its header. */
function TaskMenu({ task, onRemove }: { task: ArkTask; onRemove?: () => void }) {
  const copy = (text: string) => void navigator.clipboard.writeText(text).catch(() => window.prompt('Copy this:', text))
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button size="icon-sm" variant="ghost" aria-label="More actions">
          <EllipsisIcon />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => copy(task.id)}>
          <CopyIcon />
          Copy task ID
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => copy(JSON.stringify(task.raw, null, 2))}>
          <BracesIcon />
          Copy raw JSON
        </DropdownMenuItem>
        {task.fileUrl && (
          <DropdownMenuItem onSelect={() => copy(task.fileUrl!)}>
            <LinkIcon />
            Copy Ark’s file link (signed, 24 h)
          </DropdownMenuItem>
        )}
        {onRemove && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={onRemove}>
              <Trash2Icon />
              {removalOf(task)} task at Ark…
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
