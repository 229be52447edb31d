import type { SplitGlb } from './splitGlb.ts'

export interface ZipEntryInfo {
  path: string
  /** Uncompressed bytes. */
  size: number
}

export interface UnzipRequest {
  /** Read in the worker: the page never copies the zip's bytes. */
  zip: Blob
  /** Refuse zips whose uncompressed total passes this many bytes (zip-bomb guard). */
  maxUncompressedBytes: number
  /** Also each model file as a Blob, for a download link (a copy of each model). */
  modelBlobs: boolean
}

export type UnzipResponse =
  | {
      ok: true
      entries: ZipEntryInfo[]
      files: Record<string, ArrayBuffer>
      /** Each GLB taken apart for the loader, by path; the worker fills it in. */
      splits?: Record<string, SplitGlb>
      /** Each model file as a Blob for its download link, when asked: copied here rather than on the page. */
      modelBlobs?: Record<string, Blob>
    }
  | { ok: false; kind: 'corrupt-zip' | 'too-large'; message: string }
