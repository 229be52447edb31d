import type { SplitGlb } from './splitGlb.ts'

export interface ZipEntryInfo {
  path: string
  /** Uncompressed bytes. */
  size: number
}

export interface UnzipRequest {
  zip: ArrayBuffer
  /** Refuse zips whose uncompressed total passes this many bytes (zip-bomb guard). */
  maxUncompressedBytes: number
}

export type UnzipResponse =
  | {
      ok: true
      entries: ZipEntryInfo[]
      files: Record<string, ArrayBuffer>
      /** Each GLB taken apart for the loader, by path; the worker fills it in. */
      splits?: Record<string, SplitGlb>
    }
  | { ok: false; kind: 'corrupt-zip' | 'too-large'; message: string }
