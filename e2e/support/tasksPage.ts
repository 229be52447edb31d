import { expect, type APIRequestContext, type Page } from '@playwright/test'
import { retryOnReset } from './demoControl.ts'

export interface WireTask {
  id: string
  status: string
  model: string
  content?: { file_url?: string; video_url?: string }
  error?: { code: string; message: string }
  /** Seconds, as a number or a numeric string (the demo sends both, as Ark may). */
  updated_at?: number | string
}

/** Reads the demo Ark's list directly (through the same server), to know what the page should show. */
export async function listTasks(
  request: APIRequestContext,
  query = 'page_size=500',
): Promise<{ items: WireTask[]; total: number }> {
  const response = await retryOnReset(() => request.get(`/api/ark/contents/generations/tasks?${query}`))
  expect(response.ok()).toBe(true)
  return response.json()
}

export const rows = (page: Page) => page.locator('tbody tr[data-task-id]')
export const row = (page: Page, id: string) => page.locator(`tbody tr[data-task-id="${id}"]`)

/** Waits until the demo Ark received a list request with exactly this query string. */
export async function expectArkReceived(request: APIRequestContext, query: string) {
  await expect
    .poll(async () => {
      const { requests } = (await (await retryOnReset(() => request.get('/api/demo/requests'))).json()) as {
        requests: Array<{ path: string; query: string }>
      }
      return requests.some((r) => r.path === '/contents/generations/tasks' && r.query === `?${query}`)
    })
    .toBe(true)
}

export async function arkReceivedQueries(request: APIRequestContext): Promise<string[]> {
  const { requests } = (await (await retryOnReset(() => request.get('/api/demo/requests'))).json()) as {
    requests: Array<{ path: string; query: string }>
  }
  return requests.filter((r) => r.path === '/contents/generations/tasks').map((r) => r.query)
}
