import { isIP } from 'node:net'
import { ARK_FILE_DOMAINS } from './config.ts'

export interface FileHostAllowlist {
  /** https hosts under these domains are allowed. */
  domains: readonly string[]
  /** Exact `host[:port]` entries, allowed over http or https (local file servers, the demo file host). */
  exactHosts: readonly string[]
}

export function fileHostAllowlist(extraHosts: readonly string[]): FileHostAllowlist {
  return { domains: ARK_FILE_DOMAINS, exactHosts: extraHosts.map((h) => h.toLowerCase()) }
}

export type UrlVerdict = { ok: true; url: URL; listedExactly: boolean } | { ok: false; reason: string }

function defaultPort(protocol: string): string {
  return protocol === 'https:' ? '443' : '80'
}

function isListedExactly(url: URL, exactHosts: readonly string[]): boolean {
  const port = url.port || defaultPort(url.protocol)
  const hostname = url.hostname.toLowerCase()
  return exactHosts.some((entry) => {
    const withPort = /:\d+$/.test(entry) && !entry.endsWith(']') ? entry : `${entry}:${defaultPort(url.protocol)}`
    return withPort === `${hostname}:${port}`
  })
}

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
  if (isListedExactly(url, allowlist.exactHosts)) return { ok: true, url, listedExactly: true }
  const hostname = url.hostname.toLowerCase()
  if (isIP(hostname.replace(/^\[|\]$/g, '')) !== 0) {
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

/** Addresses a public Ark host name must never resolve to (DNS rebinding against the relay). */
export function isPrivateAddress(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address
  if (isIP(v4) === 4) {
    const [a, b] = v4.split('.').map(Number) as [number, number]
    return (
      a === 0 ||
      a === 10 ||
      a === 127 ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      a >= 224
    )
  }
  const lower = address.toLowerCase()
  return (
    lower === '::' ||
    lower === '::1' ||
    lower.startsWith('fe8') ||
    lower.startsWith('fe9') ||
    lower.startsWith('fea') ||
    lower.startsWith('feb') ||
    lower.startsWith('fc') ||
    lower.startsWith('fd')
  )
}
