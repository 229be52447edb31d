/** Reads Ark's task list with the key, one page at a time, for the keeper. */
export class ArkListError extends Error {
  constructor(
    message: string,
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

export function arkLister(options: { baseUrl: string; apiKey: string; timeoutMs: number }) {
  return async function listPage(pageNum: number, pageSize: number): Promise<{ items: unknown[]; total: number }> {
    const url = `${options.baseUrl}/contents/generations/tasks?page_num=${pageNum}&page_size=${pageSize}`
    let response: Response
    try {
      response = await fetch(url, {
        headers: { Authorization: `Bearer ${options.apiKey}`, Accept: 'application/json' },
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      })
    } catch (error) {
      throw new ArkListError(`Ark could not be reached (${(error as Error).message})`)
    }
    if (response.status === 429) {
      const seconds = Number(response.headers.get('retry-after'))
      throw new ArkListError('Ark asked to slow down (429)', seconds > 0 ? seconds * 1000 : 30_000)
    }
    if (!response.ok) throw new ArkListError(`Ark answered ${response.status} to the list`)
    const body = (await response.json()) as { items?: unknown; total?: unknown }
    if (!Array.isArray(body.items)) throw new ArkListError('Ark answered a list without items')
    return { items: body.items, total: typeof body.total === 'number' ? body.total : body.items.length }
  }
}

export type ListPage = ReturnType<typeof arkLister>
