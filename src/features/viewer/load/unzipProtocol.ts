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
  | { ok: true; entries: ZipEntryInfo[]; files: Record<string, ArrayBuffer> }
  | { ok: false; kind: 'corrupt-zip' | 'too-large'; message: string }
