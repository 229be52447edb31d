import { catalogEntry, CREATE_FORMATS, isEndpointId, SUBDIVISION_LEVELS } from './modelCatalog.ts'
import type { FileFormat, SubdivisionLevel } from './modelCatalog.ts'

/** What a new task is made from: the body of Ark's create call, in the dashboard's terms. */
export interface CreateTaskSpec {
  model: string
  /** An https URL or a `data:image/<type>;base64,` URL. */
  image?: string
  prompt?: string
  level?: SubdivisionLevel
  format?: FileFormat
}

export interface CreateTaskBody {
  model: string
  content: ({ type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } })[]
}

/** The image types Ark takes, as data URL media types. */
export const IMAGE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'image/jpg', 'image/webp', 'image/bmp'] as const

const COMMANDS: Record<string, { name: 'level' | 'format'; values: readonly string[] }> = {
  '--subdivisionlevel': { name: 'level', values: SUBDIVISION_LEVELS },
  '--sl': { name: 'level', values: SUBDIVISION_LEVELS },
  '--fileformat': { name: 'format', values: CREATE_FORMATS },
  '--ff': { name: 'format', values: CREATE_FORMATS },
}

/** Ark's create body: options as text commands after the prompt, then the image. */
export function createTaskBody(spec: CreateTaskSpec): CreateTaskBody {
  const commands = [
    spec.level && `--subdivisionlevel ${spec.level}`,
    spec.format && `--fileformat ${spec.format}`,
  ].filter(Boolean)
  const text = [spec.prompt?.trim(), ...commands].filter(Boolean).join(' ')
  const content: CreateTaskBody['content'] = []
  if (text) content.push({ type: 'text', text })
  if (spec.image) content.push({ type: 'image_url', image_url: { url: spec.image } })
  return { model: spec.model, content }
}

export type ReadCreateBody = { ok: true; spec: CreateTaskSpec } | { ok: false; param: string; reason: string }

const refuse = (param: string, reason: string): ReadCreateBody => ({ ok: false, param, reason })
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const onlyKeys = (value: Record<string, unknown>, keys: string[]) => Object.keys(value).find((k) => !keys.includes(k))

function readImageUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined
  const data = /^data:([a-z/]+);base64,([A-Za-z0-9+/]*={0,2})$/.exec(url)
  if (data) return (IMAGE_MEDIA_TYPES as readonly string[]).includes(data[1]!) ? url : undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && url.length <= 4096 ? url : undefined
  } catch {
    return undefined
  }
}

/** Splits a text item into its prompt and its commands; a `--word` outside the known set is refused. */
function readText(text: string): { prompt?: string; level?: SubdivisionLevel; format?: FileFormat } | string {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const prompt: string[] = []
  const read: { level?: SubdivisionLevel; format?: FileFormat } = {}
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    if (!word.startsWith('--')) {
      prompt.push(word)
      continue
    }
    const command = COMMANDS[word]
    if (!command) return `${word} is not a command ark3d sends (known: ${Object.keys(COMMANDS).join(', ')})`
    const value = words[++i]
    if (!value || !command.values.includes(value))
      return `${word} takes one of ${command.values.join(', ')}, not ${value ?? 'nothing'}`
    if (read[command.name] !== undefined)
      return `${command.name === 'level' ? 'the level' : 'the format'} is given twice`
    ;(read as Record<string, string>)[command.name] = value
  }
  return { ...read, ...(prompt.length ? { prompt: prompt.join(' ') } : {}) }
}

/**
 * Checks a create body against the documented shape and reads it back: a model from the catalogue
 * or an endpoint ID, at most one text item (prompt and known commands) and one image item, and no
 * other field. The server forwards only a body rebuilt from what this returns.
 */
export function readCreateTaskBody(body: unknown): ReadCreateBody {
  if (!isRecord(body)) return refuse('body', 'the body must be a JSON object')
  const extra = onlyKeys(body, ['model', 'content'])
  if (extra) return refuse(extra, `the field "${extra}" is not part of a 3D create request`)
  const { model, content } = body
  if (typeof model !== 'string' || !(catalogEntry(model) || isEndpointId(model)))
    return refuse('model', 'the model must be a 3D model Ark lists or an endpoint ID (ep-…)')
  if (!Array.isArray(content) || content.length === 0 || content.length > 2)
    return refuse('content', 'content must hold one text item, one image item, or one of each')
  const spec: CreateTaskSpec = { model }
  let texts = 0
  for (const [index, item] of content.entries()) {
    const param = `content[${index}]`
    if (!isRecord(item)) return refuse(param, 'each content item must be an object')
    if (item.type === 'text') {
      if (onlyKeys(item, ['type', 'text'])) return refuse(param, 'a text item holds only type and text')
      if (typeof item.text !== 'string' || item.text.length > 2000)
        return refuse(param, 'text must be a string of at most 2000 characters')
      if (texts++) return refuse(param, 'only one text item is sent')
      const read = readText(item.text)
      if (typeof read === 'string') return refuse(param, read)
      Object.assign(spec, read)
    } else if (item.type === 'image_url') {
      if (onlyKeys(item, ['type', 'image_url']) || !isRecord(item.image_url) || onlyKeys(item.image_url, ['url']))
        return refuse(param, 'an image item holds only type and image_url {url}')
      if (spec.image) return refuse(param, 'only one image is sent per task')
      const url = readImageUrl(item.image_url.url)
      if (!url) return refuse(param, 'the image must be an https URL or a base64 data URL of a png, jpeg, webp or bmp')
      spec.image = url
    } else {
      return refuse(param, `content items are of type text or image_url, not ${JSON.stringify(item.type)}`)
    }
  }
  const entry = catalogEntry(model)
  if (entry) {
    if (entry.takes.image === 'required' && !spec.image) return refuse('content', `${entry.label} needs an image`)
    if (!entry.takes.text && spec.prompt) return refuse('content', `${entry.label} takes no text prompt`)
    if (!spec.image && !spec.prompt) return refuse('content', `${entry.label} needs an image or a prompt`)
    if (spec.format && !entry.formats.includes(spec.format))
      return refuse('content', `${entry.label} does not make ${spec.format}`)
    if (spec.level && entry.levels.length === 0) return refuse('content', `${entry.label} has no subdivision levels`)
  }
  return { ok: true, spec }
}
