import { isIP } from 'node:net'
import type { Req } from './http.ts'

export interface GuardOptions {
  /** Host names besides loopback and IP literals that this server answers to (Vite's allowedHosts). */
  allowedHosts: readonly string[] | true
}

function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(0, hostHeader.indexOf(']') + 1)
  return hostHeader.replace(/:\d+$/, '')
}

/** DNS rebinding: a page on attacker.test that resolves to 127.0.0.1 still sends Host: attacker.test. */
export function isOwnHost(hostHeader: string | undefined, options: GuardOptions): boolean {
  if (!hostHeader) return false
  if (options.allowedHosts === true) return true
  const hostname = hostnameOf(hostHeader.toLowerCase())
  const bare = hostname.replace(/^\[|\]$/g, '')
  if (hostname === 'localhost' || hostname.endsWith('.localhost') || isIP(bare) !== 0) return true
  return options.allowedHosts.some((allowed) =>
    allowed.startsWith('.') ? hostname.endsWith(allowed) || hostname === allowed.slice(1) : hostname === allowed,
  )
}

/**
 * Another site's page can make the user's browser call /api/* (a form post, an <img>, fetch with
 * no-cors). Browsers mark such requests with Sec-Fetch-Site and Origin; only same-origin calls and
 * direct navigations ("none") are let through.
 */
export function refusalOf(req: Req, options: GuardOptions): string | undefined {
  const host = req.headers.host
  if (!isOwnHost(host, options)) return `This server does not answer to the host ${JSON.stringify(host ?? '')}.`
  const fetchSite = req.headers['sec-fetch-site']
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Requests from another site's page are refused (Sec-Fetch-Site: ${fetchSite}).`
  }
  const origin = req.headers.origin
  if (origin !== undefined) {
    let originHost: string
    try {
      originHost = new URL(origin).host
    } catch {
      return 'Requests with an unreadable Origin are refused.'
    }
    if (originHost.toLowerCase() !== host?.toLowerCase()) {
      return `Requests from another origin (${origin}) are refused.`
    }
  }
  return undefined
}
