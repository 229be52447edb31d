import type { ValidationMessage } from './validationProtocol.ts'

/** Image types three.js reads through extensions the validator does not know. */
const TYPES_THE_VALIDATOR_CANNOT_READ = new Set(['image/ktx2', 'image/webp', 'image/avif'])

export interface MessageGroup {
  code: string
  severity: ValidationMessage['severity']
  /** The first message of the group; the others differ only in their numbers or pointer. */
  message: string
  count: number
  pointers: string[]
}

export interface ValidationSummary {
  valid: boolean
  /** Counts of what the file itself is told, the validator's own limits left out. */
  counts: Record<ValidationMessage['severity'], number>
  groups: MessageGroup[]
  /** Messages that say what the validator cannot read, not what is wrong with the file. */
  limits: { count: number; extensions: string[]; imageTypes: string[] }
}

const SEVERITY_ORDER: ValidationMessage['severity'][] = ['error', 'warning', 'info', 'hint']

/** The glTF's declared image types, by image index; from a GLB's JSON chunk or a .gltf's text. */
export function imageTypesOf(bytes: ArrayBuffer): string[] {
  try {
    const view = new DataView(bytes)
    const isGlb = bytes.byteLength >= 20 && view.getUint32(0, true) === 0x46546c67
    const text = isGlb
      ? new TextDecoder().decode(new Uint8Array(bytes, 20, view.getUint32(12, true)))
      : new TextDecoder().decode(bytes)
    const json = JSON.parse(text) as { images?: Array<{ mimeType?: string; uri?: string }> }
    return (json.images ?? []).map((image) => image.mimeType ?? /\.(\w+)$/.exec(image.uri ?? '')?.[1] ?? '')
  } catch {
    return []
  }
}

function isValidatorLimit(message: ValidationMessage, imageTypes: string[]): string | undefined {
  if (message.code === 'UNSUPPORTED_EXTENSION') return /'([^']+)'/.exec(message.message)?.[1] ?? 'an extension'
  const type = [...TYPES_THE_VALIDATOR_CANNOT_READ].find((t) => message.message.includes(`'${t}'`))
  if (message.code === 'VALUE_NOT_IN_LIST' && type) return type
  const image = /^\/images\/(\d+)/.exec(message.pointer ?? '')?.[1]
  const imageType = image === undefined ? undefined : imageTypes[Number(image)]
  if (message.code === 'IMAGE_UNRECOGNIZED_FORMAT' && imageType && TYPES_THE_VALIDATOR_CANNOT_READ.has(imageType))
    return imageType
  return undefined
}

/**
 * A verdict first, then the messages grouped by code with their counts and pointers. Messages that
 * are the validator's own limits (an extension it does not support, a KTX2 image it cannot read)
 * are set apart and not counted against the file.
 */
export function summarizeValidation(
  messages: ValidationMessage[],
  imageTypes: string[],
  /** The validator's own totals, which also count messages past its cap on the list. */
  totals: Record<ValidationMessage['severity'], number>,
): ValidationSummary {
  const limitsBySeverity = { error: 0, warning: 0, info: 0, hint: 0 }
  const groups = new Map<string, MessageGroup>()
  const extensions = new Set<string>()
  const types = new Set<string>()
  let limitCount = 0
  for (const message of messages) {
    const limit = isValidatorLimit(message, imageTypes)
    if (limit) {
      limitCount++
      limitsBySeverity[message.severity]++
      ;(limit.startsWith('image/') ? types : extensions).add(limit)
      continue
    }
    const key = `${message.severity} ${message.code}`
    const group = groups.get(key) ?? {
      code: message.code,
      severity: message.severity,
      message: message.message,
      count: 0,
      pointers: [],
    }
    group.count++
    if (message.pointer && !group.pointers.includes(message.pointer)) group.pointers.push(message.pointer)
    groups.set(key, group)
  }
  const counts = {
    error: totals.error - limitsBySeverity.error,
    warning: totals.warning - limitsBySeverity.warning,
    info: totals.info - limitsBySeverity.info,
    hint: totals.hint - limitsBySeverity.hint,
  }
  return {
    valid: counts.error === 0,
    counts,
    groups: [...groups.values()].sort(
      (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) || b.count - a.count,
    ),
    limits: { count: limitCount, extensions: [...extensions], imageTypes: [...types] },
  }
}
