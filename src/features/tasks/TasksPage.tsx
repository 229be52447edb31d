import { useQuery } from '@tanstack/react-query'
import { taskListQuery } from '../../api/taskQueries.ts'
import { defaultTaskListParams } from '../../api/taskListParams.ts'
import { TaskTable } from './components/TaskTable.tsx'
import { TaskListError } from './components/TaskListError.tsx'

export function TasksPage() {
  const list = useQuery(taskListQuery(defaultTaskListParams))
  return (
    <main className="tasks-page">
      {list.error ? <TaskListError error={list.error} /> : null}
      {list.data ? (
        <>
          <p className="muted">{list.data.total} tasks in the last 7 days</p>
          <TaskTable tasks={list.data.items} />
        </>
      ) : list.isPending ? (
        <p className="muted" role="status">
          Loading tasks…
        </p>
      ) : null}
    </main>
  )
}
