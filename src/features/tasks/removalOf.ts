import type { ArkTask } from '../../api/arkTask.ts'
import { deleteEffect } from '../../api/taskFacts.ts'

const REMOVAL_LABEL = { cancel: 'Cancel', delete: 'Delete', 'not-possible': undefined } as const

/** What Ark's DELETE does to this task, as a button's verb; undefined when it cannot. */
export const removalOf = (task: ArkTask) => REMOVAL_LABEL[deleteEffect(task.status)]
