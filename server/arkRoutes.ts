/** The Ark task endpoints this dashboard may reach: list, create, get and delete. Nothing else is forwarded. */
export const TASK_LIST_PATH = '/contents/generations/tasks'
/** What Ark issues as task IDs (`cgt-20250612…-xxxx`): letters, digits, `-` and `_`. No dots, so no dot segments. */
export const TASK_ID = /^[A-Za-z0-9_-]{1,128}$/

export type ArkRoute =
  { kind: 'list'; path: string } | { kind: 'create'; path: string } | { kind: 'task'; id: string; path: string }
export type ArkRouteRefusal = { refused: string; status: 400 | 404 | 405 }

/**
 * Matches a request path (still percent-encoded, without the query) to an Ark route. The route's
 * `path` is rebuilt from what was checked, never copied from the request.
 */
export function matchArkRoute(path: string, method: string): ArkRoute | ArkRouteRefusal {
  if (path === TASK_LIST_PATH || path === `${TASK_LIST_PATH}/`) {
    if (method === 'GET') return { kind: 'list', path: TASK_LIST_PATH }
    if (method === 'POST') return { kind: 'create', path: TASK_LIST_PATH }
    return { refused: `${method} is not allowed on the task list.`, status: 405 }
  }
  if (path.startsWith(`${TASK_LIST_PATH}/`)) {
    let id: string
    try {
      id = decodeURIComponent(path.slice(TASK_LIST_PATH.length + 1))
    } catch {
      return { refused: 'The task ID in the path is not valid percent-encoding.', status: 400 }
    }
    if (!TASK_ID.test(id)) {
      return { refused: 'That is not a task ID: Ark task IDs are letters, digits, "-" and "_".', status: 404 }
    }
    if (method !== 'GET' && method !== 'DELETE') return { refused: `${method} is not allowed on a task.`, status: 405 }
    return { kind: 'task', id, path: `${TASK_LIST_PATH}/${id}` }
  }
  return {
    refused: `Only the 3D generation task endpoints are reachable through this proxy, not ${path}.`,
    status: 404,
  }
}

/**
 * A query string passed to Ark byte for byte, once it is known to be one: only the characters a
 * URL query may hold unescaped (`'` is left out: URL parsers escape it on the way), and percent
 * signs that start an escape. Anything else is the caller's error.
 */
export function isWellFormedQuery(query: string): boolean {
  return /^(?:[A-Za-z0-9\-._~!$&()*+,;=:@/?[\]]|%[0-9A-Fa-f]{2})*$/.test(query)
}
