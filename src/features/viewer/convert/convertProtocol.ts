export interface OptimizeOptions {
  weld: boolean
  /** Share of the triangles to keep, 0–1; 1 keeps them all. */
  simplifyRatio: number
  compression: 'none' | 'meshopt' | 'draco'
  /** Longest side for PNG, JPEG and WebP textures; undefined keeps them. */
  maxTextureSize?: number
}

export type ConvertRequest =
  | { kind: 'gltf-to-glb'; modelPath: string; files: Record<string, ArrayBuffer> }
  | { kind: 'optimize'; glb: ArrayBuffer; options: OptimizeOptions }

export type ConvertResponse =
  { ok: true; glb: ArrayBuffer; triangles: number; steps: string[] } | { ok: false; message: string }
