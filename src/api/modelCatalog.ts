/** The 3D models Ark runs on the task endpoint, as its documentation lists them. */
export interface ModelEntry {
  /** The model name Ark takes in `model` and shows in a task's `model`. */
  name: string
  label: string
  /** What it makes a model from. */
  takes: { image: 'required' | 'optional'; text: boolean }
  /** Subdivision levels, each with the face count it asks for; empty where the model has none. */
  levels: { level: SubdivisionLevel; faces: string }[]
  formats: FileFormat[]
  /** Create requests a minute and tasks running at once; undefined where Ark does not document one. */
  requestsPerMinute?: number
  runningAtOnce?: number
  /** Tokens billed per successful task, and their price at list price. */
  tokensPerTask?: number
  listPriceCny?: number
}

export const SUBDIVISION_LEVELS = ['low', 'medium', 'high'] as const
export type SubdivisionLevel = (typeof SUBDIVISION_LEVELS)[number]
export const CREATE_FORMATS = ['glb', 'obj', 'usd', 'usdz', 'stl', 'fbx'] as const
export type FileFormat = (typeof CREATE_FORMATS)[number]

export const MODEL_CATALOG: readonly ModelEntry[] = [
  {
    name: 'doubao-seed3d-2-0-260328',
    label: 'Seed3D 2.0',
    takes: { image: 'required', text: false },
    levels: [
      { level: 'low', faces: '100k' },
      { level: 'medium', faces: '500k' },
      { level: 'high', faces: '1M' },
    ],
    formats: ['glb', 'obj', 'usd', 'usdz'],
    requestsPerMinute: 300,
    runningAtOnce: 5,
    tokensPerTask: 30_000,
    listPriceCny: 2.4,
  },
  {
    name: 'doubao-seed3d-1-0-250928',
    label: 'Seed3D 1.0',
    takes: { image: 'required', text: false },
    levels: [
      { level: 'low', faces: '30k' },
      { level: 'medium', faces: '100k' },
      { level: 'high', faces: '200k' },
    ],
    formats: ['glb', 'obj', 'usd', 'usdz'],
    tokensPerTask: 30_000,
    listPriceCny: 2.4,
  },
  {
    name: 'hyper3d-gen2-260112',
    label: 'Hyper3D Gen2',
    takes: { image: 'optional', text: true },
    levels: [],
    formats: ['glb', 'obj', 'usdz', 'stl', 'fbx'],
    requestsPerMinute: 60,
    runningAtOnce: 3,
  },
  {
    name: 'hitem3d-2-0-251223',
    label: 'Hitem3D 2.0',
    takes: { image: 'required', text: false },
    levels: [],
    formats: ['glb'],
    requestsPerMinute: 600,
    runningAtOnce: 30,
  },
]

/** Where Ark documents no limit, a batch keeps to these. */
export const CAUTIOUS_LIMITS = { requestsPerMinute: 60, runningAtOnce: 3 } as const

export const isEndpointId = (model: string) => /^ep-[A-Za-z0-9-]{1,100}$/.test(model)

export function catalogEntry(model: string): ModelEntry | undefined {
  return MODEL_CATALOG.find((entry) => entry.name === model)
}

/** The limits a batch for this model keeps under: Ark's where documented, cautious ones otherwise. */
export function batchLimits(model: string): { requestsPerMinute: number; runningAtOnce: number } {
  const entry = catalogEntry(model)
  return {
    requestsPerMinute: entry?.requestsPerMinute ?? CAUTIOUS_LIMITS.requestsPerMinute,
    runningAtOnce: entry?.runningAtOnce ?? CAUTIOUS_LIMITS.runningAtOnce,
  }
}
