import type { Texture } from 'three'

/** Where a texture's image came from in the result: its format and its bytes in the file. */
export interface TextureSource {
  format: string
  fileBytes?: number
  /** The image's identity in the file (a glTF image index, a file's path): one image, one texture. */
  imageKey?: string
}
export type TextureSourceOf = (texture: Texture) => TextureSource | undefined

/**
 * The one definition of "a texture" in the facts and the Textures tab: a distinct image in the file.
 * Three makes a Texture per image and sampler (and per clone), so counting Texture objects over-counts.
 */
export const textureIdentity = (texture: Texture, sourceOf?: TextureSourceOf): string =>
  sourceOf?.(texture)?.imageKey ?? texture.source?.uuid ?? texture.uuid
