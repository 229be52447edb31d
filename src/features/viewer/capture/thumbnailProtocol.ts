import type { PreviewFailureKind } from '../load/viewerErrors.ts'

export interface ThumbnailRequest {
  id: number
  zip: Blob
  maxUncompressedBytes: number
}

export type ThumbnailResponse =
  | { id: number; ok: true; picture: Blob }
  /** `onPage`: the worker cannot draw this one (a format whose loader needs the page's DOM); the page can. */
  | { id: number; ok: false; kind: PreviewFailureKind | 'failed'; message: string; onPage: boolean }
