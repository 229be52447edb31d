import type { ArchivedTask } from '../db/archiveDb.ts'
import { withIndexKeys } from '../db/indexKeys.ts'
import type { ManifestTask } from './archiveManifest.ts'

const updatedAtOf = (raw: unknown) => Number((raw as { updated_at?: unknown } | null)?.updated_at ?? 0) || 0

/**
 * One task from an import, merged with what is here: the newer Ark record wins, endpoints and
 * sighting times are combined, and a local file is never replaced. `takeFile` says whether the
 * imported file should be stored (there is none here).
 */
export function mergeImported(
  existing: ArchivedTask | undefined,
  incoming: ManifestTask,
): { record: ArchivedTask; takeFile: boolean; changed: boolean } {
  const { file: incomingFile, thumbnail: _thumbnail, annotation: _annotation, ...incomingTask } = incoming
  if (!existing) {
    return {
      record: withIndexKeys({ ...incomingTask, file: undefined }),
      takeFile: Boolean(incomingFile),
      changed: true,
    }
  }
  const incomingNewer = updatedAtOf(incoming.raw) > updatedAtOf(existing.raw)
  const endpoints = [...new Set([...existing.endpoints, ...incoming.endpoints])]
  const record: ArchivedTask = withIndexKeys({
    ...existing,
    raw: incomingNewer ? incoming.raw : existing.raw,
    status: incomingNewer ? incoming.status : existing.status,
    createdAt: incomingNewer ? incoming.createdAt : existing.createdAt,
    endpoints,
    firstSeenAt: Math.min(existing.firstSeenAt, incoming.firstSeenAt),
    lastSeenAt: Math.max(existing.lastSeenAt, incoming.lastSeenAt),
    file: existing.file && incomingFile?.kept ? { ...existing.file, kept: true } : existing.file,
  })
  const takeFile = !existing.file && Boolean(incomingFile)
  const changed = incomingNewer || takeFile || JSON.stringify(record) !== JSON.stringify(existing)
  return { record, takeFile, changed }
}
