/** The demo account: its endpoints (which the list response never shows) and what each runs. */
export const DEMO_ENDPOINTS = [
  { id: 'ep-20251001103022-q7m2x', model: 'doubao-seed3d-1-0-250928', kind: '3d' },
  { id: 'ep-20251112094511-h4k8p', model: 'doubao-seed3d-2-0-251115', kind: '3d' },
  { id: 'ep-20251120080808-b2n6c', model: 'doubao-seed3d-2-0-251115', kind: '3d' },
  { id: 'ep-20251115120044-v9d3s', model: 'doubao-seedance-1-0-pro-250528', kind: 'video' },
] as const

/** An endpoint of the demo account, or a model name a task was created with directly. */
export interface DemoEndpoint {
  id: string
  model: string
  kind: '3d' | 'video'
}

export const SUBDIVISION_LEVELS = ['low', 'medium', 'high'] as const

export const DEMO_FAILURES = [
  {
    code: 'InputImageSensitiveContentDetected',
    message: 'The request failed because the input image may contain sensitive information.',
  },
  { code: 'InternalServiceError', message: 'The service encountered an unexpected internal error.' },
  {
    code: 'InvalidParameter',
    message: 'The parameter `image_url` specified in the request is not valid: the image could not be downloaded.',
  },
  { code: 'OutputModelTooComplex', message: 'The generated model exceeded the face budget and was discarded.' },
] as const

/** Which demo zip a succeeded 3D task returns; see demoFiles.ts. */
export type DemoZipKind =
  'glb-robot' | 'glb-plant' | 'glb-variants' | 'obj' | 'usdz' | 'usd' | BrokenZipKind | BenchZipKind

/** Results only the control path creates, for tests of the viewer's error handling. */
export type BrokenZipKind = 'corrupt-zip' | 'no-model' | 'truncated-glb' | 'invalid-glb'
/** For the benchmark: large GLBs zipped and bare, and the pocket watch zipped on its own. */
export type BenchZipKind =
  'large-glb' | 'large-glb-bare' | 'faces-200k' | 'faces-200k-bare' | 'faces-1m' | 'faces-1m-bare' | 'pocket-watch'
export const DEMO_ZIP_KINDS: readonly DemoZipKind[] = [
  'glb-robot',
  'glb-plant',
  'glb-variants',
  'obj',
  'usdz',
  'usd',
  'corrupt-zip',
  'no-model',
  'truncated-glb',
  'invalid-glb',
  'large-glb',
  'large-glb-bare',
  'faces-200k',
  'faces-200k-bare',
  'faces-1m',
  'faces-1m-bare',
  'pocket-watch',
]
