import type { APIRequestContext, APIResponse } from '@playwright/test'

/** Node closes idle keep-alive sockets after 5 s; a request racing that close is simply sent again. */
export async function retryOnReset(send: () => Promise<APIResponse>): Promise<APIResponse> {
  try {
    return await send()
  } catch (error) {
    if (!/ECONNRESET|socket hang up/.test(String(error))) throw error
    return send()
  }
}

/** Drives the demo Ark's control panel (/api/demo/*) of the server under test. */
export function demoControl(request: APIRequestContext) {
  const post = async (path: string, data: unknown = {}) => {
    const response = await retryOnReset(() => request.post(`/api/demo${path}`, { data }))
    if (!response.ok()) throw new Error(`demo control ${path}: ${response.status()} ${await response.text()}`)
    return response.json()
  }
  return {
    reset: () => post('/reset'),
    /**
     * `scope`: only requests of that method, whose path and query contain `match`, meet the fault,
     * so neither the page's prefetches nor tests running beside this one take it.
     */
    fault: (mode: string, count?: number, retryAfter?: number, scope: { method?: string; match?: string } = {}) =>
      post('/fault', { mode, count, retryAfter, ...scope }),
    clearFault: () => retryOnReset(() => request.delete('/api/demo/fault')),
    createTask: (spec: Record<string, unknown>) => post('/tasks', spec) as Promise<{ id: string }>,
    expireFile: (id: string) => post(`/tasks/${id}/expire-file`),
    forget: (id: string) => post(`/tasks/${id}/forget`),
    requests: async () =>
      (
        (await (await request.get('/api/demo/requests')).json()) as {
          requests: Array<{ method: string; path: string; query: string }>
        }
      ).requests,
  }
}
