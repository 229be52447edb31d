import { z } from 'zod'

export const ARCHIVE_FORMAT = 'ark3d-archive'
export const ARCHIVE_VERSION = 1

const fileEntry = z.object({
  bytes: z.number().int().nonnegative(),
  storedAt: z.number(),
  kept: z.boolean(),
  /** Where the zip is inside the export. */
  path: z.string().min(1),
})

export const manifestTask = z.object({
  id: z.string().min(1),
  raw: z.unknown(),
  status: z.string(),
  createdAt: z.number().optional(),
  endpoints: z.array(z.string()),
  firstSeenAt: z.number(),
  lastSeenAt: z.number(),
  keepDeclined: z.boolean().optional(),
  file: fileEntry.optional(),
  /** The result's picture, when one was made; older exports have none. */
  thumbnail: z.object({ path: z.string().min(1), madeAt: z.number() }).optional(),
  /** What the user said of the task; older exports have none. */
  annotation: z
    .object({
      name: z.string().max(500).optional(),
      starred: z.boolean().optional(),
      tags: z.array(z.string().max(200)).max(100).optional(),
      note: z.string().max(10_000).optional(),
      updatedAt: z.number(),
    })
    .optional(),
  /** What the task was made from, when this dashboard created it; older exports have none. */
  input: z
    .object({
      model: z.string().max(200),
      path: z.string().min(1).optional(),
      mediaType: z.string().max(40).optional(),
      imageName: z.string().max(500).optional(),
      width: z.number().optional(),
      height: z.number().optional(),
      prompt: z.string().max(4000).optional(),
      level: z.string().max(20).optional(),
      format: z.string().max(20).optional(),
      createdAt: z.number(),
      generatedFrom: z.string().max(200).optional(),
    })
    .optional(),
})

export const archiveManifest = z.object({
  format: z.literal(ARCHIVE_FORMAT),
  version: z.literal(ARCHIVE_VERSION),
  exportedAt: z.string(),
  tasks: z.array(manifestTask),
})

export type ManifestTask = z.infer<typeof manifestTask>
export type ArchiveManifest = z.infer<typeof archiveManifest>

const safeName = (taskId: string) => taskId.replace(/[^\w.-]/g, '_')
export const filePathOf = (taskId: string) => `files/${safeName(taskId)}.zip`
export const inputPathOf = (taskId: string, type: string) =>
  `inputs/${safeName(taskId)}.${{ 'image/jpeg': 'jpg', 'image/webp': 'webp', 'image/bmp': 'bmp' }[type] ?? 'png'}`
export const thumbnailPathOf = (taskId: string, type: string) =>
  `thumbnails/${safeName(taskId)}.${type === 'image/png' ? 'png' : 'webp'}`
