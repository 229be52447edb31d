export interface FetchFileRequest {
  /** Absolute: a worker resolves a relative URL against its own script's. */
  url: string
}

export type FetchFileResponse = { bytes: ArrayBuffer } | { error: string }
