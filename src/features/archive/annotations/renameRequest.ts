/** Asks the open task's name to start renaming (the `r` key); the name shown in the detail listens. */
export const RENAME_EVENT = 'ark3d:rename'

export const requestRename = (taskId: string) => window.dispatchEvent(new CustomEvent(RENAME_EVENT, { detail: taskId }))
