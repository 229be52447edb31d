import type { ArkTask } from '../../api/arkTask.ts'
import { Checkbox } from '../../components/ui/checkbox.tsx'
import { useSelection } from './selection.ts'

/** A task's checkbox; clicking it selects without opening the task. */
export function SelectTaskCheckbox({ task }: { task: ArkTask }) {
  const selection = useSelection()
  return (
    <Checkbox
      // The row is the tab stop; x (or a click) selects.
      tabIndex={-1}
      aria-label={`Select ${task.id}`}
      checked={selection.has(task.id)}
      onCheckedChange={(checked) => selection.toggle(task, checked === true)}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => event.stopPropagation()}
    />
  )
}

/** Selects or clears every task on this page; half-checked when some are. */
export function SelectPageCheckbox({ tasks }: { tasks: readonly ArkTask[] }) {
  const selection = useSelection()
  const selected = tasks.filter((task) => selection.has(task.id)).length
  const checked = selected === 0 ? false : selected === tasks.length ? true : 'indeterminate'
  return (
    <Checkbox
      aria-label="Select all on this page"
      disabled={tasks.length === 0}
      checked={checked}
      onCheckedChange={() => selection.setAll(tasks, checked !== true)}
    />
  )
}
