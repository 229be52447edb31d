/** The Ark task endpoints this dashboard may reach: list, get and delete. Nothing else is forwarded. */
const TASK_LIST_PATH = '/contents/generations/tasks'
const TASK_ID = /^[A-Za-z0-9_.-]{1,128}$/

export type ArkRoute = { kind: 'list' } | { kind: 'task'; id: string }

export function matchArkRoute(path: string, method: string): ArkRoute | { refused: string } {
  if (path === TASK_LIST_PATH || path === `${TASK_LIST_PATH}/`) {
    return method === 'GET' ? { kind: 'list' } : { refused: `${method} is not allowed on the task list.` }
  }
  if (path.startsWith(`${TASK_LIST_PATH}/`)) {
    const id = decodeURIComponent(path.slice(TASK_LIST_PATH.length + 1))
    if (!TASK_ID.test(id)) return { refused: 'That is not a task ID.' }
    if (method !== 'GET' && method !== 'DELETE') return { refused: `${method} is not allowed on a task.` }
    return { kind: 'task', id }
  }
  return { refused: `Only the 3D generation task endpoints are reachable through this proxy, not ${path}.` }
}
