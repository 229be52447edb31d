import { parseFileHostEntry } from './fileHostAllowlist.ts'
import type { BucketConfig } from './keeper/bucketStore.ts'
export const DEFAULT_ARK_BASE_URL = 'https://ark.cn-beijing.volces.com/api/v3'

export interface ServerConfig {
  /** Undefined means: run on the embedded demo Ark. */
  apiKey: string | undefined
  baseUrl: string
  /** Extra `host[:port]` entries the file relay may fetch from, over http or https. */
  extraFileHosts: string[]
  /** Limits how long the proxy and the relay wait for Ark or the file host. */
  upstreamTimeoutMs: number
  /** Ark answers larger than this are refused (502), never buffered whole. */
  maxArkAnswerBytes: number
  relay: RelayLimits
  demoFault: string | undefined
  /** How long a task created on the demo Ark runs, in seconds. */
  demoCreateSeconds: number
  /** Whether an open dashboard mirrors Ark's whole list into its browser (`ARK3D_BROWSER_MIRROR=off` stops it). */
  browserMirror: boolean
  /** Whether an open dashboard draws result pictures without being asked (`ARK3D_AUTO_PICTURES=off` stops it). */
  autoPictures: boolean
  /** Sign-in: the admin token (ARK3D_ACCESS_TOKEN) and a read-only one (ARK3D_READ_TOKEN). */
  access: { adminToken?: string; readToken?: string }
  /** The server's own keeper of tasks and results (`ARK3D_KEEPER=off` stops it). */
  keeper: { on: boolean; intervalMs: number; dataDir: string; downloadsAtOnce: number; bucket?: BucketConfig }
}

export interface RelayLimits {
  /** How long to wait for the file host to answer, or to send anything at all. */
  timeoutMs: number
  /** A file larger than this is not relayed: refused from its Content-Length, or cut off at that byte. */
  maxBytes: number
  /** A download must bring at least `minBytes` in every `windowMs`, or it is ended as stalled. */
  minProgress: { minBytes: number; windowMs: number }
  /** Open connections per file host; more requests wait their turn. */
  maxSocketsPerHost: number
}

export type Env = Record<string, string | undefined>

/** A positive number from the environment; anything else there is a start-up error naming the variable. */
function positive(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`)
  return value
}

/** A shared S3-compatible bucket, when ARK3D_S3_BUCKET names one. */
function readBucket(env: Env): BucketConfig | undefined {
  const bucket = env.ARK3D_S3_BUCKET?.trim()
  if (!bucket) return undefined
  const endpoint = env.ARK3D_S3_ENDPOINT?.trim() || undefined
  if (endpoint && !/^https?:\/\//.test(endpoint))
    throw new Error(`ARK3D_S3_ENDPOINT must be an http(s) URL, got "${endpoint}"`)
  const pathStyle = env.ARK3D_S3_FORCE_PATH_STYLE?.trim()
  if (pathStyle && pathStyle !== 'true' && pathStyle !== 'false')
    throw new Error(`ARK3D_S3_FORCE_PATH_STYLE must be true or false, got "${pathStyle}"`)
  return {
    bucket,
    endpoint,
    region: env.ARK3D_S3_REGION?.trim() || 'us-east-1',
    accessKeyId: env.ARK3D_S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.ARK3D_S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: pathStyle === 'true',
  }
}

/** An access token: long enough that guessing it at ten tries a minute is hopeless. */
function token(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  if (!value) return undefined
  if (value.length < 16) throw new Error(`${name} must be at least 16 characters`)
  return value
}

export function readServerConfig(env: Env): ServerConfig {
  const apiKey = env.ARK_API_KEY?.trim() || undefined
  const baseUrl = (env.ARK_BASE_URL?.trim() || DEFAULT_ARK_BASE_URL).replace(/\/+$/, '')
  const parsedBase = new URL(baseUrl)
  if (parsedBase.protocol !== 'https:' && parsedBase.protocol !== 'http:') {
    throw new Error(`ARK_BASE_URL must be an http(s) URL, got ${parsedBase.protocol}`)
  }
  const extraFileHosts = (env.ARK_FILE_HOSTS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    // Throws with the entry and what is wrong with it: the server does not start on a list it cannot use.
    .map((entry) => {
      const { hostname, port } = parseFileHostEntry(entry)
      return port === undefined ? hostname : `${hostname}:${port}`
    })
  const upstreamTimeoutMs = positive(env, 'ARK_UPSTREAM_TIMEOUT_MS', 30_000)
  return {
    apiKey,
    baseUrl,
    extraFileHosts,
    upstreamTimeoutMs,
    maxArkAnswerBytes: positive(env, 'ARK_MAX_ANSWER_BYTES', 32 * 1024 ** 2),
    relay: {
      timeoutMs: upstreamTimeoutMs,
      maxBytes: positive(env, 'ARK_RELAY_MAX_BYTES', 4 * 1024 ** 3),
      minProgress: {
        minBytes: positive(env, 'ARK_RELAY_MIN_BYTES', 64 * 1024),
        windowMs: positive(env, 'ARK_RELAY_MIN_BYTES_WINDOW_MS', 30_000),
      },
      maxSocketsPerHost: positive(env, 'ARK_RELAY_SOCKETS_PER_HOST', 6),
    },
    demoFault: env.ARK_DEMO_FAULT?.trim() || undefined,
    demoCreateSeconds: positive(env, 'ARK_DEMO_CREATE_SECONDS', 60),
    browserMirror: env.ARK3D_BROWSER_MIRROR?.trim() !== 'off',
    autoPictures: env.ARK3D_AUTO_PICTURES?.trim() !== 'off',
    access: {
      adminToken: token(env, 'ARK3D_ACCESS_TOKEN'),
      readToken: token(env, 'ARK3D_READ_TOKEN'),
    },
    keeper: {
      on: env.ARK3D_KEEPER?.trim() !== 'off',
      intervalMs: positive(env, 'ARK3D_KEEPER_INTERVAL_S', 300) * 1000,
      dataDir: env.ARK3D_DATA_DIR?.trim() || 'ark3d-data',
      downloadsAtOnce: Math.floor(positive(env, 'ARK3D_KEEPER_DOWNLOADS', 4)),
      bucket: readBucket(env),
    },
  }
}
