import { announceArchiveChange } from './archiveChanges.ts'
import { archiveDb, type TaskInput } from './archiveDb.ts'

export async function saveTaskInput(input: TaskInput): Promise<void> {
  await (await archiveDb()).put('inputs', input)
  announceArchiveChange([input.taskId])
}

export async function taskInput(taskId: string): Promise<TaskInput | null> {
  return (await (await archiveDb()).get('inputs', taskId)) ?? null
}

/** Which of these tasks have a kept input: for the gallery's insets, in one read. */
export async function tasksWithInput(): Promise<Set<string>> {
  return new Set(await (await archiveDb()).getAllKeys('inputs'))
}
