import type { ArkTask } from '../../api/arkTask.ts'
import type { GoneAtArk } from '../../api/goneAtArk.ts'
import { storageState } from '../../api/storageState.ts'
import { deleteEffect } from '../../api/taskFacts.ts'

/** What a bulk delete will do to each task, and what happens to each result's files. */
export interface DeletePlan {
  /** Tasks Ark will cancel or delete. */
  deletable: ArkTask[]
  cancelled: ArkTask[]
  deleted: ArkTask[]
  /** Tasks Ark cannot delete (running, cancelled), left alone. */
  leftAlone: ArkTask[]
  /** Deleted tasks whose files are saved here: safe. */
  safe: ArkTask[]
  /** Deleted tasks whose files Ark still has but this browser has not saved: lost unless saved first. */
  unsaved: ArkTask[]
  /** Deleted tasks whose files are gone at Ark and not saved here: already lost. */
  alreadyLost: ArkTask[]
}

export function planDelete(
  tasks: readonly ArkTask[],
  isSaved: (id: string) => boolean,
  gone: Readonly<Record<string, GoneAtArk>>,
  nowSeconds: number,
): DeletePlan {
  const plan: DeletePlan = {
    deletable: [],
    cancelled: [],
    deleted: [],
    leftAlone: [],
    safe: [],
    unsaved: [],
    alreadyLost: [],
  }
  for (const task of tasks) {
    const effect = deleteEffect(task.status)
    if (effect === 'not-possible') {
      plan.leftAlone.push(task)
      continue
    }
    plan.deletable.push(task)
    if (effect === 'cancel') {
      plan.cancelled.push(task)
      continue
    }
    plan.deleted.push(task)
    const state = storageState(task, isSaved(task.id), gone[task.id], nowSeconds)
    if (state?.kind === 'saved' || (state?.kind === 'gone' && state.saved)) plan.safe.push(task)
    else if (state?.kind === 'recorded') plan.unsaved.push(task)
    else if (state?.kind === 'gone') plan.alreadyLost.push(task)
  }
  return plan
}
