import { fetchServerInfo, type ServerInfo } from '../../../api/arkClient.ts'
import { ArkApiError } from '../../../api/arkErrors.ts'

/**
 * Which Ark the archive belongs to. The demo's tasks never mix with an account's, nor one
 * region's with another's: each has a database of its own.
 */
let scope = 'demo'
const LAST_SCOPE_KEY = 'ark3d:archiveScope'

export const scopeOf = (info: ServerInfo) => (info.mode === 'demo' ? 'demo' : `ark:${info.arkHost ?? 'default'}`)

export const archiveDbName = () => `ark3d-archive:${scope}`

/**
 * Asks the server which Ark it serves, before anything opens the archive; offline, the last
 * answer holds. Returns the server's answer, if any, for the rest of the app to use.
 */
export async function resolveArchiveScope(): Promise<ServerInfo | undefined> {
  try {
    const info = await fetchServerInfo()
    scope = scopeOf(info)
    localStorage.setItem(LAST_SCOPE_KEY, scope)
    return info
  } catch (error) {
    // A server that asks to sign in first: the page signs in, it does not work offline instead.
    if (error instanceof ArkApiError && error.status === 401) throw error
    scope = localStorage.getItem(LAST_SCOPE_KEY) ?? 'demo'
    return undefined
  }
}
