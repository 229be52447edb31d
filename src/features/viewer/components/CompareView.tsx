import { useCallback, useEffect, useRef, useState } from 'react'
import { saveBlob } from '../../../lib/saveBlob.ts'
import { useViewerToolbar } from '../preview/useViewerToolbar.ts'
import type { ZipLoader } from '../../../api/resultFile.ts'
import { usePreparedZip, type ZipState } from '../hooks/usePreparedZip.ts'
import { isDisplayMode, type DisplayMode } from '../inspect/displayModes.ts'
import type { LoadedModel } from '../load/loadModel.ts'
import { modelFacts, type ModelFacts } from '../load/modelFacts.ts'
import type { PreviewError } from '../load/viewerErrors.ts'
import { CompareFacts } from './CompareFacts.tsx'
import { linkCameras } from './linkCameras.ts'
import { LoadProgress } from './LoadProgress.tsx'
import { ModelCanvas } from './ModelCanvas.tsx'
import { PreviewFailure } from './PreviewFailure.tsx'
import type { ViewerSettings } from './viewerSettings.ts'
import type { ViewerBridge } from './ViewerScene.tsx'
import { ViewerToolbar } from './ViewerToolbar.tsx'
import { CANVASES_SIDE_BY_SIDE } from './canvasLayout.ts'
import { cn } from '../../../lib/cn.ts'

export interface CompareSide {
  taskId: string
  sourceKey: string
  loadZip: ZipLoader
}

interface Props {
  sides: [CompareSide, CompareSide]
  display?: string
  onDisplay: (mode: DisplayMode | undefined) => void
}

function SideState({ state }: { state: ZipState }) {
  if (state.phase === 'fetching') return <LoadProgress label="Downloading" progress={state.progress} />
  if (state.phase === 'unzipping') return <LoadProgress label="Unzipping" progress={state.progress} />
  if (state.phase === 'failed') return <PreviewFailure error={state.error} />
  return null
}

function Side({
  side,
  state,
  settings,
  display,
  resetSignal,
  onFacts,
  onBridge,
}: {
  side: CompareSide
  state: ZipState
  settings: ViewerSettings
  display: DisplayMode
  resetSignal: number
  onFacts: (facts: ModelFacts | undefined) => void
  onBridge: (bridge: ViewerBridge | undefined) => void
}) {
  const [ready, setReady] = useState(false)
  const [failure, setFailure] = useState<PreviewError>()
  const onLoaded = useCallback(
    (model: LoadedModel) => onFacts(modelFacts(model.root, model.animations, model.textureSource, model.lengthUnit)),
    [onFacts],
  )
  const candidate = state.phase === 'ready' ? state.prepared.models[0] : undefined
  return (
    <section aria-label={`Result of ${side.taskId}`} className="flex min-w-0 flex-col gap-1">
      <h3 className="m-0 truncate text-[13px] font-semibold">
        <code className="font-mono text-[12.5px]">{side.taskId}</code>
      </h3>
      <SideState state={state} />
      {state.phase === 'ready' && !candidate && <p role="alert">This result holds no model the viewer can show.</p>}
      {failure && <PreviewFailure error={failure} />}
      {state.phase === 'ready' && candidate && !failure && (
        <ModelCanvas
          candidate={candidate}
          files={state.prepared.files}
          settings={settings}
          display={display}
          label={`3D preview: ${side.taskId}`}
          ready={ready}
          resetSignal={resetSignal}
          clip={{ index: 0, playing: true }}
          onLoaded={onLoaded}
          onError={setFailure}
          onFirstFrame={() => setReady(true)}
          onBridge={onBridge}
        />
      )}
    </section>
  )
}

/** Two tasks' results side by side: one display mode, linked cameras, facts with the differences marked. */
export default function CompareView({ sides, display: rawDisplay, onDisplay }: Props) {
  // The comparison offers no downloads: no model Blobs.
  const left = usePreparedZip(sides[0].loadZip, sides[0].sourceKey, { modelDownloads: false })
  const right = usePreparedZip(sides[1].loadZip, sides[1].sourceKey, { modelDownloads: false })
  const display: DisplayMode = isDisplayMode(rawDisplay) ? rawDisplay : 'shaded'
  const [resetSignal, setResetSignal] = useState(0)
  const canvases = useRef<HTMLDivElement>(null)
  const [facts, setFacts] = useState<[ModelFacts | undefined, ModelFacts | undefined]>([undefined, undefined])
  const [bridges, setBridges] = useState<[ViewerBridge | undefined, ViewerBridge | undefined]>([undefined, undefined])
  const onLeftFacts = useCallback((f: ModelFacts | undefined) => setFacts((all) => [f, all[1]]), [])
  const onRightFacts = useCallback((f: ModelFacts | undefined) => setFacts((all) => [all[0], f]), [])
  const onLeftBridge = useCallback((b: ViewerBridge | undefined) => setBridges((all) => [b, all[1]]), [])
  const onRightBridge = useCallback((b: ViewerBridge | undefined) => setBridges((all) => [all[0], b]), [])
  useEffect(() => {
    const [a, b] = bridges
    if (a && b) return linkCameras(a, b)
  }, [bridges])
  const { settings: fullSettings, toolbar } = useViewerToolbar({
    display,
    onDisplay,
    onReset: () => setResetSignal((n) => n + 1),
    canvases,
    screenshot: () => {
      // Both views, side by side, as the name says.
      const views = bridges.flatMap((bridge) => (bridge ? [bridge.gl.domElement] : []))
      if (views.length === 0) return
      const picture = document.createElement('canvas')
      picture.width = views.reduce((sum, view) => sum + view.width, 0)
      picture.height = Math.max(...views.map((view) => view.height))
      const context = picture.getContext('2d')!
      let x = 0
      for (const view of views) {
        context.drawImage(view, x, 0)
        x += view.width
      }
      picture.toBlob((png) => png && saveBlob(png, `${sides[0].taskId}-vs-${sides[1].taskId}.png`), 'image/png')
    },
  })
  return (
    <div className="flex flex-col gap-2 [--viewer-height:clamp(300px,calc(100dvh-330px),1400px)] max-sm:[--viewer-height:min(45dvh,100vw)]">
      <ViewerToolbar {...toolbar} />
      <div className={cn(CANVASES_SIDE_BY_SIDE, 'fullscreen:bg-background')} data-canvases="compare" ref={canvases}>
        {([0, 1] as const).map((i) => (
          <Side
            key={i}
            side={sides[i]}
            state={i === 0 ? left : right}
            settings={fullSettings}
            display={display}
            resetSignal={resetSignal}
            onFacts={i === 0 ? onLeftFacts : onRightFacts}
            onBridge={i === 0 ? onLeftBridge : onRightBridge}
          />
        ))}
      </div>
      <CompareFacts names={[sides[0].taskId, sides[1].taskId]} facts={facts} />
    </div>
  )
}
