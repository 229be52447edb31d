export const FAULT_MODES = [
  '400',
  '429',
  '500',
  '401',
  '403',
  'hang',
  'unreachable',
  // Answers as the proxy does when Ark refuses the connection.
  'ark-down',
  'malformed',
  'bad-items',
  // The handler itself throws, or rejects: tests the server's last-resort JSON 500.
  'crash',
  'crash-async',
  // A create makes its task, then the answer never comes: the proxy's timeout answers instead.
  'create-timeout',
] as const
export type FaultMode = (typeof FAULT_MODES)[number]

export interface Fault {
  mode: FaultMode
  /** How many API requests it still applies to; undefined means until cleared. */
  remaining?: number
  retryAfterSeconds?: number
  /**
   * Only requests of this method, and whose path and query contain `match`, meet it; others pass
   * untouched, so a request the test did not mean (a prefetch, another test's) cannot take it.
   */
  method?: string
  match?: string
}

/** `ARK_DEMO_FAULT=429`, `429:3` (three times) or `429:3:2` (three times, Retry-After 2). */
export function parseFault(spec: string | undefined): Fault | undefined {
  if (!spec || spec === 'none') return undefined
  const [mode, count, retryAfter] = spec.split(':')
  if (!FAULT_MODES.includes(mode as FaultMode))
    throw new Error(`Unknown demo fault "${mode}"; one of ${FAULT_MODES.join(', ')}`)
  return {
    mode: mode as FaultMode,
    remaining: count ? Number(count) : undefined,
    retryAfterSeconds: retryAfter ? Number(retryAfter) : undefined,
  }
}
