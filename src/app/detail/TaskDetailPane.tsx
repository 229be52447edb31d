import type { ComponentProps } from 'react'
import type { ArkTask } from '../../api/arkTask.ts'
// Only the detail uses these: imported from their modules, not the features' faces, so the first
// screen's file does not carry them.
import { AnnotationPanel } from '../../features/archive/annotations/AnnotationPanel.tsx'
import { TaskDetail } from '../../features/tasks/components/TaskDetail.tsx'
import type { ViewerAddress } from '../../features/viewer/index.ts'
import { hasResultFile, useViewable } from './resultViewable.ts'
import { ResultActions, TaskResult } from './TaskResult.tsx'
import { useDetailTask } from './useDetailTask.ts'
import { TaskInputPanel } from './TaskInputPanel.tsx'

type DetailProps = Omit<
  ComponentProps<typeof TaskDetail>,
  'task' | 'loading' | 'error' | 'resultActions' | 'result' | 'annotation'
>

/** The tasks feature's detail, with the archive's storage and the viewer composed into it. */
export function TaskDetailPane({
  fromPage,
  viewer,
  onViewer,
  onOpenTask,
  onCompare,
  ...props
}: DetailProps & {
  fromPage?: ArkTask
  viewer?: ViewerAddress
  onViewer?: (next: ViewerAddress) => void
  onOpenTask: (id: string) => void
  onCompare: (ids: [string, string]) => void
}) {
  const { task, loading, error } = useDetailTask(props.taskId, fromPage)
  const succeeded3d = task?.kind === '3d' && task.status === 'succeeded'
  const viewable = useViewable(task)
  return (
    <TaskDetail
      {...props}
      task={task}
      loading={loading}
      error={error}
      annotation={
        <>
          <TaskInputPanel taskId={props.taskId} onOpenTask={onOpenTask} onCompare={onCompare} />
          <AnnotationPanel taskId={props.taskId} />
        </>
      }
      resultActions={hasResultFile(task) ? <ResultActions task={task} /> : undefined}
      result={succeeded3d ? <TaskResult task={task} viewer={viewer} onViewer={onViewer} /> : undefined}
      // Full view only for a model that can be shown: not for a file gone at Ark and not saved here.
      onFullView={viewable ? props.onFullView : undefined}
    />
  )
}
