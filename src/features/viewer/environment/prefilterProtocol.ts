export interface PrefilterRequest {
  /** Absolute: a worker resolves relative URLs against its own script. */
  url: string
}

export interface PrefilteredFace {
  width: number
  height: number
  /** Level 0 first; RGBA half floats, linear. */
  mipmaps: Array<{ width: number; height: number; data: Uint16Array }>
}

export type PrefilterResponse = { faces: PrefilteredFace[] } | { error: string }
