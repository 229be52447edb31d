import { imageSize } from 'image-size'
import { formatBytes } from '../../../lib/formatBytes.ts'

/** Ark's rules for an input image (documented for Seed3D 1.0, held for every model). */
export const IMAGE_RULES = {
  maxBytes: 10 * 1024 ** 2,
  /** Each side must be under this many pixels. */
  maxSide: 4096,
  types: { png: 'image/png', jpg: 'image/jpeg', webp: 'image/webp', bmp: 'image/bmp' } as Record<string, string>,
}

export type ImageCheck =
  { ok: true; mediaType: string; width: number; height: number; bytes: number } | { ok: false; reason: string }

/**
 * Checks an image against Ark's rules before anything is sent: its real type (read from its
 * bytes, not its name), its size and its pixel size, with the reason when it fails one.
 */
export async function checkImage(file: Blob & { name?: string }): Promise<ImageCheck> {
  if (file.size > IMAGE_RULES.maxBytes)
    return { ok: false, reason: `${formatBytes(file.size)}: Ark takes images up to 10 MB.` }
  if (file.size === 0) return { ok: false, reason: 'The file is empty.' }
  let size: ReturnType<typeof imageSize>
  try {
    size = imageSize(new Uint8Array(await file.arrayBuffer()))
  } catch {
    return { ok: false, reason: 'Not an image this page can read: Ark takes jpg, png, webp or bmp.' }
  }
  const mediaType = size.type ? IMAGE_RULES.types[size.type] : undefined
  if (!mediaType)
    return {
      ok: false,
      reason: `A ${(size.type ?? 'unknown').toUpperCase()} image: Ark takes jpg, png, webp or bmp.`,
    }
  const { width = 0, height = 0 } = size
  if (width >= IMAGE_RULES.maxSide || height >= IMAGE_RULES.maxSide)
    return {
      ok: false,
      reason: `${width} × ${height} px: Ark takes images under ${IMAGE_RULES.maxSide} × ${IMAGE_RULES.maxSide} px.`,
    }
  if (width === 0 || height === 0) return { ok: false, reason: 'The image has no pixels.' }
  return { ok: true, mediaType, width, height, bytes: file.size }
}
