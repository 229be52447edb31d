import type { PreviewError } from '../load/viewerErrors.ts'

/** What a shown model is known to be: kept beside the session, whatever the details. */
export interface ShownModel {
  facts: { triangles: number }
}

/** One preview's session: what is shown, whether its first frame is drawn, its clip, its failure. */
export interface PreviewSession<Shown extends ShownModel> {
  shown?: Shown
  /** The second model, when two variants are compared. */
  otherShown?: Shown
  failure?: PreviewError
  ready: boolean
  otherReady: boolean
  clip: { index: number; playing: boolean }
  /** A new canvas (after a lost context): its key. */
  canvasKey: number
  /** Each press of Reset view: the canvases reframe when it changes. */
  resetSignal: number
  /** Each model's triangles once shown: a GLB made here is set against its source's. */
  trianglesByPath: Readonly<Record<string, number>>
  /** Models whose first frame was drawn: a made GLB is marked as proven to load. */
  loadedPaths: ReadonlySet<string>
}

export type PreviewEvent<Shown extends ShownModel> =
  | { type: 'variant chosen' }
  | { type: 'model made' }
  | { type: 'model loaded'; shown: Shown; path?: string }
  | { type: 'other model loaded'; shown: Shown }
  | { type: 'comparison toggled' }
  | { type: 'failed'; error: PreviewError }
  | { type: 'first frame'; path?: string }
  | { type: 'other first frame' }
  | { type: 'restarted' }
  | { type: 'view reset' }
  | { type: 'clip chosen'; index: number }
  | { type: 'clip toggled' }

export function initialPreviewSession<Shown extends ShownModel>(): PreviewSession<Shown> {
  return {
    ready: false,
    otherReady: false,
    clip: { index: 0, playing: true },
    canvasKey: 0,
    resetSignal: 0,
    trianglesByPath: {},
    loadedPaths: new Set(),
  }
}

export function previewSession<Shown extends ShownModel>(
  state: PreviewSession<Shown>,
  event: PreviewEvent<Shown>,
): PreviewSession<Shown> {
  switch (event.type) {
    case 'variant chosen':
      return { ...state, shown: undefined, ready: false, failure: undefined, clip: { index: 0, playing: true } }
    case 'model made':
      return { ...state, shown: undefined, ready: false }
    case 'model loaded':
      return {
        ...state,
        shown: event.shown,
        trianglesByPath: event.path
          ? { ...state.trianglesByPath, [event.path]: event.shown.facts.triangles }
          : state.trianglesByPath,
      }
    case 'other model loaded':
      return { ...state, otherShown: event.shown }
    case 'comparison toggled':
      return { ...state, otherShown: undefined, otherReady: false }
    case 'failed':
      // A lost context after another failure keeps the first: it is the one that explains.
      return { ...state, failure: event.error.kind === 'context-lost' && state.failure ? state.failure : event.error }
    case 'first frame':
      return {
        ...state,
        ready: true,
        loadedPaths:
          event.path && !state.loadedPaths.has(event.path)
            ? new Set([...state.loadedPaths, event.path])
            : state.loadedPaths,
      }
    case 'other first frame':
      return { ...state, otherReady: true }
    case 'restarted':
      return { ...state, failure: undefined, ready: false, canvasKey: state.canvasKey + 1 }
    case 'view reset':
      return { ...state, resetSignal: state.resetSignal + 1 }
    case 'clip chosen':
      return { ...state, clip: { index: event.index, playing: true } }
    case 'clip toggled':
      return { ...state, clip: { ...state.clip, playing: !state.clip.playing } }
  }
}
