import { isIP } from 'node:net'

export { isPrivateAddress } from './addressRanges.ts'

/** The object-storage domains Ark signs result URLs on; any host under them is allowed over https. */
export const ARK_FILE_DOMAINS = ['volces.com', 'bytepluses.com'] as const

/** One `ARK_FILE_HOSTS` entry, normalised: a lower-case name without a trailing dot, or an IP literal. */
export interface FileHostEntry {
  /** As `URL.hostname` has it after normalising: IPv6 in brackets. */
  hostname: string
  /** Unset: the scheme's default port. */
  port?: number
}

export interface FileHostAllowlist {
  /** https hosts under these domains are allowed. */
  domains: readonly string[]
  /** Exact entries, allowed over http or https (local file servers, the demo file host). */
  exactHosts: readonly FileHostEntry[]
}

/** Lower case, and one trailing dot dropped: `X.Volces.com.` is `x.volces.com`. */
export const normalHostname = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '')

/**
 * Reads `host`, `host:port`, `a.b.c.d:port` or `[v6]:port`. A bare IPv6 address (`::1`) is an
 * error, not a name that silently never matches.
 */
export function parseFileHostEntry(raw: string): FileHostEntry {
  const entry = raw.trim()
  const refuse = (why: string): never => {
    throw new Error(`ARK_FILE_HOSTS entry "${entry}" ${why}`)
  }
  if (isIP(entry) === 6) refuse(`is a bare IPv6 address: write it in brackets, as [${entry}] or [${entry}]:8080`)
  const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(?::(\d{1,5}))?$/.exec(entry)
  if (!match) refuse('is not a host[:port] (no scheme, path or user, e.g. files.example.com:8443)')
  const [, host, portText] = match!
  let hostname: string
  try {
    hostname = normalHostname(new URL(`http://${host}/`).hostname)
  } catch {
    return refuse('is not a valid host name or IP address')
  }
  if (!hostname.startsWith('[') && hostname.split('.').some((label) => label === '')) refuse('has an empty label')
  const port = portText === undefined ? undefined : Number(portText)
  if (port !== undefined && (port < 1 || port > 65535)) refuse('has a port outside 1–65535')
  return { hostname, port }
}

export function fileHostAllowlist(extraHosts: readonly string[]): FileHostAllowlist {
  return { domains: ARK_FILE_DOMAINS, exactHosts: extraHosts.map(parseFileHostEntry) }
}

export type UrlVerdict = { ok: true; url: URL; listedExactly: boolean } | { ok: false; reason: string }

const defaultPort = (protocol: string) => (protocol === 'https:' ? 443 : 80)

function isListedExactly(url: URL, exactHosts: readonly FileHostEntry[]): boolean {
  const port = url.port ? Number(url.port) : defaultPort(url.protocol)
  return exactHosts.some(
    (entry) => entry.hostname === url.hostname && (entry.port ?? defaultPort(url.protocol)) === port,
  )
}

/** Whether the relay may fetch `raw`; the URL it returns has its host name normalised. */
export function checkFileUrl(raw: string, allowlist: FileHostAllowlist): UrlVerdict {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return { ok: false, reason: 'The file URL is not a valid absolute URL.' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: `Only http(s) file URLs are relayed, not ${url.protocol}` }
  }
  if (url.username || url.password) return { ok: false, reason: 'File URLs with credentials are refused.' }
  const hostname = normalHostname(url.hostname)
  if (!hostname) return { ok: false, reason: 'The file URL has no host.' }
  url.hostname = hostname
  if (isListedExactly(url, allowlist.exactHosts)) return { ok: true, url, listedExactly: true }
  if (hostname.startsWith('[') || isIP(hostname) !== 0) {
    return { ok: false, reason: `IP addresses are not allowed as file hosts (${hostname}).` }
  }
  if (url.protocol !== 'https:') {
    return { ok: false, reason: `Ark file hosts are reached over https only (${url.host}).` }
  }
  const underArkDomain = allowlist.domains.some((domain) => hostname.endsWith(`.${domain}`))
  if (!underArkDomain) {
    return {
      ok: false,
      reason: `The host ${hostname} is not an Ark object-storage host; add it to ARK_FILE_HOSTS to allow it.`,
    }
  }
  return { ok: true, url, listedExactly: false }
}
