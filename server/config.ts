export const DEFAULT_ARK_BASE_URL = 'https://ark.cn-beijing.volces.com/api/v3'

/** The object-storage domains Ark signs result URLs on; any host under them is allowed over https. */
export const ARK_FILE_DOMAINS = ['volces.com', 'bytepluses.com'] as const

export interface ServerConfig {
  /** Undefined means: run on the embedded demo Ark. */
  apiKey: string | undefined
  baseUrl: string
  /** Extra `host[:port]` entries the file relay may fetch from, over http or https. */
  extraFileHosts: string[]
  /** Limits how long the proxy and the relay wait for Ark or the file host. */
  upstreamTimeoutMs: number
  demoFault: string | undefined
}

export type Env = Record<string, string | undefined>

export function readServerConfig(env: Env): ServerConfig {
  const apiKey = env.ARK_API_KEY?.trim() || undefined
  const baseUrl = (env.ARK_BASE_URL?.trim() || DEFAULT_ARK_BASE_URL).replace(/\/+$/, '')
  const parsedBase = new URL(baseUrl)
  if (parsedBase.protocol !== 'https:' && parsedBase.protocol !== 'http:') {
    throw new Error(`ARK_BASE_URL must be an http(s) URL, got ${parsedBase.protocol}`)
  }
  const extraFileHosts = (env.ARK_FILE_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean)
  for (const entry of extraFileHosts) {
    if (!/^[a-z0-9.\-[\]:]+$/.test(entry) || entry.includes('/')) {
      throw new Error(`ARK_FILE_HOSTS entry "${entry}" is not a host[:port]`)
    }
  }
  const timeout = Number(env.ARK_UPSTREAM_TIMEOUT_MS)
  return {
    apiKey,
    baseUrl,
    extraFileHosts,
    upstreamTimeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : 30_000,
    demoFault: env.ARK_DEMO_FAULT?.trim() || undefined,
  }
}
