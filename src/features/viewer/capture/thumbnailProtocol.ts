import type { PreviewFailureKind } from '../load/viewerErrors.ts'

export interface ThumbnailRequest {
  id: number
  zip: Blob
  maxUncompressedBytes: number
}

export type ThumbnailResponse =
  | { id: number; ok: true; picture: Blob }
  /** `onPage`: the worker could not draw this one (no WebGL there, or an error it did not expect); the page tries. */
  | { id: number; ok: false; kind: PreviewFailureKind | 'failed'; message: string; onPage: boolean }
