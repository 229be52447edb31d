import { describe, expect, it } from 'vitest'
import { PreviewError } from '../load/viewerErrors.ts'
import { initialPreviewSession, previewSession, type PreviewEvent, type ShownModel } from './previewSession.ts'

const model = (triangles: number): ShownModel => ({ facts: { triangles } })
const run = (...events: PreviewEvent<ShownModel>[]) => events.reduce(previewSession, initialPreviewSession())

describe('the preview session', () => {
  it('shows a model, marks its first frame, and remembers its triangles by path', () => {
    const state = run(
      { type: 'model loaded', shown: model(1200), path: 'a/pbr.glb' },
      { type: 'first frame', path: 'a/pbr.glb' },
    )
    expect(state.shown).toEqual(model(1200))
    expect(state.ready).toBe(true)
    expect(state.trianglesByPath).toEqual({ 'a/pbr.glb': 1200 })
    expect([...state.loadedPaths]).toEqual(['a/pbr.glb'])
  })

  it('starts a chosen variant afresh: nothing shown, not ready, no failure, its first clip playing', () => {
    const state = run(
      { type: 'model loaded', shown: model(1), path: 'a' },
      { type: 'first frame', path: 'a' },
      { type: 'clip chosen', index: 3 },
      { type: 'clip toggled' },
      { type: 'failed', error: new PreviewError('unreadable-model', 'x') },
      { type: 'variant chosen' },
    )
    expect(state).toMatchObject({
      shown: undefined,
      ready: false,
      failure: undefined,
      clip: { index: 0, playing: true },
    })
    // What was learnt of the models stays.
    expect(state.trianglesByPath).toEqual({ a: 1 })
    expect(state.loadedPaths.has('a')).toBe(true)
  })

  it('keeps the first failure when the context is lost after it, and restarts on a new canvas', () => {
    const first = new PreviewError('unreadable-model', 'broken')
    const state = run(
      { type: 'failed', error: first },
      { type: 'failed', error: new PreviewError('context-lost', 'lost') },
    )
    expect(state.failure).toBe(first)
    const restarted = previewSession(state, { type: 'restarted' })
    expect(restarted).toMatchObject({ failure: undefined, ready: false, canvasKey: 1 })
  })

  it('opens and closes a comparison with nothing of the last one left', () => {
    const state = run(
      { type: 'other model loaded', shown: model(5) },
      { type: 'other first frame' },
      { type: 'comparison toggled' },
    )
    expect(state).toMatchObject({ otherShown: undefined, otherReady: false })
  })

  it('counts each reset, and plays or pauses the clip', () => {
    const state = run({ type: 'view reset' }, { type: 'view reset' }, { type: 'clip toggled' })
    expect(state.resetSignal).toBe(2)
    expect(state.clip.playing).toBe(false)
  })
})
