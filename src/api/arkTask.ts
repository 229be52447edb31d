import { readEnvelope, readField, type FieldName, type FieldValues } from './arkTaskFields.ts'

export const KNOWN_STATUSES = ['queued', 'running', 'cancelled', 'succeeded', 'failed', 'expired'] as const
export type KnownStatus = (typeof KNOWN_STATUSES)[number]

export type TaskKind = '3d' | 'video'

/** One list item as the dashboard uses it: every field optional but the id, read field by field. */
export interface ArkTask {
  id: string
  model?: string
  /** As Ark sent it; a status this client does not know is kept and shown as it is. */
  status: string
  kind: TaskKind
  createdAt?: number
  updatedAt?: number
  fileUrl?: string
  videoUrl?: string
  lastFrameUrl?: string
  subdivisionLevel?: string
  fileFormat?: string
  completionTokens?: number
  totalTokens?: number
  error?: { code?: string; message?: string }
  resolution?: string
  ratio?: string
  duration?: number
  frames?: number
  framesPerSecond?: number
  serviceTier?: string
  /** What could not be read, one plain sentence each; empty for a well-formed item. */
  warnings: string[]
  raw: unknown
}

export function taskKindOf(task: Pick<ArkTask, 'fileUrl' | 'fileFormat' | 'subdivisionLevel' | 'model'>): TaskKind {
  if (task.fileUrl || task.fileFormat || task.subdivisionLevel || task.model?.startsWith('doubao-seed3d')) return '3d'
  return 'video'
}

/** Reads one list item. A bad field costs that field and adds a warning; the rest of the row stays. */
export function readArkTask(raw: unknown, index: number): ArkTask {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      id: `(item ${index + 1})`,
      status: 'unreadable',
      kind: 'video',
      warnings: [`Item ${index + 1} is not an object, so nothing of it could be read.`],
      raw,
    }
  }
  const record = raw as Record<string, unknown>
  const warnings: string[] = []
  const read = <K extends FieldName>(name: K): FieldValues[K] | undefined => {
    const value = record[name]
    if (value === undefined) return undefined
    const read = readField(name, value)
    if (read !== undefined) return read
    warnings.push(`"${name}" could not be read (${JSON.stringify(record[name])?.slice(0, 60)}).`)
    return undefined
  }
  const id = read('id')
  if (id === undefined) warnings.push('The item has no readable "id".')
  const status = read('status')
  if (status === undefined && record.status === undefined) warnings.push('The item has no "status".')
  const content = read('content')
  const usage = read('usage')
  const error = read('error') ?? read('failure_reason') ?? undefined
  const task: ArkTask = {
    id: id ?? `(item ${index + 1})`,
    model: read('model'),
    status: status ?? 'unknown',
    kind: 'video',
    createdAt: read('created_at'),
    updatedAt: read('updated_at'),
    fileUrl: content?.file_url,
    videoUrl: content?.video_url,
    lastFrameUrl: content?.last_frame_url,
    subdivisionLevel: read('subdivisionlevel'),
    fileFormat: read('fileformat'),
    completionTokens: usage?.completion_tokens,
    totalTokens: usage?.total_tokens,
    error: error ? { code: error.code, message: error.message } : undefined,
    resolution: read('resolution'),
    ratio: read('ratio'),
    duration: read('duration'),
    frames: read('frames'),
    framesPerSecond: read('framespersecond'),
    serviceTier: read('service_tier'),
    warnings,
    raw,
  }
  task.kind = taskKindOf(task)
  return task
}

export interface ArkTaskPage {
  items: ArkTask[]
  total: number
}

/** Throws only when the envelope itself is unusable; items are read one by one. */
export function readArkTaskPage(body: unknown): ArkTaskPage {
  const envelope = readEnvelope(body)
  if (!envelope) throw new Error('The list response is not an object with "items" and "total".')
  const items = envelope.items.map(readArkTask)
  return { items, total: envelope.total ?? items.length }
}
