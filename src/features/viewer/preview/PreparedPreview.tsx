import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react'
import { saveBlob } from '../../../lib/saveBlob.ts'
import { useHeavyWork } from '../../../lib/heavyWork.ts'
import type { PreparedZip } from '../hooks/usePreparedZip.ts'
import type { LoadedModel } from '../load/loadModel.ts'
import { captureThumbnail } from '../capture/captureThumbnail.ts'
import { modelFacts } from '../load/modelFacts.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { isDisplayMode, type DisplayMode } from '../inspect/displayModes.ts'
import { inspectModel } from '../inspect/inspectionHints.ts'
import { textureInventory } from '../inspect/textureInventory.ts'
import { hasWebGL2, WEBGL_UNAVAILABLE } from '../webglSupport.ts'
import { CompareFacts } from '../components/CompareFacts.tsx'
import type { MadeGlb } from '../components/ExportPanel.tsx'
import { linkCameras } from '../components/linkCameras.ts'
import { ModelCanvas } from '../components/ModelCanvas.tsx'
import { PreviewFailure } from '../components/PreviewFailure.tsx'
import type { ViewerBridge } from '../components/ViewerScene.tsx'
import { ViewerToolbar } from '../components/ViewerToolbar.tsx'
import { AnimationControls } from './AnimationControls.tsx'
import { Downloads } from './Downloads.tsx'
import { InspectorTabs, type Shown } from './InspectorTabs.tsx'
import { Poster } from './Poster.tsx'
import { initialPreviewSession, previewSession } from './previewSession.ts'
import { useViewerToolbar } from './useViewerToolbar.ts'
import { VariantSwitcher } from './VariantSwitcher.tsx'
import type { ViewerAddress } from './viewerAddress.ts'
import { Alert } from '../../../components/ui/alert.tsx'
import { cn } from '../../../lib/cn.ts'
import { CANVASES_SIDE_BY_SIDE } from '../components/canvasLayout.ts'

const describe = (model: LoadedModel): Shown => {
  const inventory = textureInventory(model.root, model.textureSource)
  const facts = modelFacts(model.root, model.animations, model.textureSource, model.lengthUnit)
  return { model, facts, inventory, inspection: inspectModel(model.root, inventory, facts.triangles) }
}

/** A GLB made here joins the variants, so the viewer opens it and proves that it loads. */
const madePath = (made: MadeGlb) => `made here/${made.fileName}`

function noModelError(prepared: PreparedZip): PreviewError | undefined {
  if (prepared.models.length > 0) return undefined
  return prepared.unshowable.length
    ? new PreviewError(
        'unsupported-format',
        `The zip holds ${prepared.unshowable.join(', ')}, which the viewer cannot show. Download it to open it elsewhere.`,
      )
    : new PreviewError(
        'no-model',
        `The zip holds no model file (${prepared.entries.map((e) => e.path).join(', ') || 'it is empty'}).`,
      )
}

/** An unzipped result: its variants, the view (or two side by side), the inspector and the downloads. */
export function PreparedPreview({
  taskId,
  prepared,
  onThumbnail,
  address,
  onAddress,
  poster,
}: {
  taskId: string
  prepared: PreparedZip
  onThumbnail?: (picture: Blob) => void
  address: ViewerAddress
  onAddress: (next: ViewerAddress) => void
  poster?: string
}) {
  const [made, setMade] = useState<MadeGlb[]>([])
  const [session, dispatch] = useReducer(previewSession<Shown>, undefined, initialPreviewSession<Shown>)
  const [bridge, setBridge] = useState<ViewerBridge>()
  const [otherBridge, setOtherBridge] = useState<ViewerBridge>()
  const [webgl] = useState(hasWebGL2)
  const container = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const thumbnailTaken = useRef(false)

  const files = useMemo(
    () => ({ ...prepared.files, ...Object.fromEntries(made.map((m) => [madePath(m), m.glb])) }),
    [prepared.files, made],
  )
  const models = useMemo<ModelCandidate[]>(
    () => [
      ...prepared.models,
      ...made.map((m) => ({
        path: madePath(m),
        format: 'glb' as const,
        label: m.kind === 'glb' ? 'GLB' : 'optimised',
      })),
    ],
    [prepared.models, made],
  )
  const modelPaths = useMemo(() => prepared.models.map((m) => m.path), [prepared.models])
  const variant = Math.max(
    0,
    models.findIndex((m) => m.label === address.variant),
  )
  const candidate = models[variant]
  const shownPath = candidate?.path
  const display: DisplayMode = isDisplayMode(address.display) ? address.display : 'shaded'
  const compareIndex = address.compare === 'variants' && models.length > 1 ? (variant === 0 ? 1 : 0) : undefined
  const other = compareIndex === undefined ? undefined : models[compareIndex]
  const { shown, otherShown, failure, ready, otherReady, clip } = session
  useHeavyWork(!ready && !failure)

  const setAddress = (next: Partial<ViewerAddress>) => onAddress({ ...address, ...next })
  const { settings, toolbar } = useViewerToolbar({
    display,
    onDisplay: (mode) => setAddress({ display: mode }),
    onReset: () => dispatch({ type: 'view reset' }),
    canvases: container,
    screenshot: () => canvas.current!.toBlob((png) => png && saveBlob(png, `${taskId}.png`), 'image/png'),
  })

  const onLoaded = useCallback(
    (model: LoadedModel) => dispatch({ type: 'model loaded', shown: describe(model), path: shownPath }),
    [shownPath],
  )
  const onOtherLoaded = useCallback(
    (model: LoadedModel) => dispatch({ type: 'other model loaded', shown: describe(model) }),
    [],
  )
  const onError = useCallback((error: PreviewError) => dispatch({ type: 'failed', error }), [])
  const onFirstFrame = useCallback(() => {
    dispatch({ type: 'first frame', path: shownPath })
    if (thumbnailTaken.current || !onThumbnail || !canvas.current) return
    thumbnailTaken.current = true
    void captureThumbnail(canvas.current).then((picture) => picture && onThumbnail(picture))
  }, [onThumbnail, shownPath])
  const onOtherFirstFrame = useCallback(() => dispatch({ type: 'other first frame' }), [])
  useEffect(() => {
    if (bridge && otherBridge) return linkCameras(bridge, otherBridge)
  }, [bridge, otherBridge])

  const chooseVariant = (index: number) => {
    if (index === variant) return
    dispatch({ type: 'variant chosen' })
    setAddress({ variant: index === 0 ? undefined : models[index]!.label })
  }
  const onMade = (next: MadeGlb) => {
    setMade((list) => [...list.filter((m) => m.fileName !== next.fileName), next])
    dispatch({ type: 'model made' })
    setAddress({ variant: next.kind === 'glb' ? 'GLB' : 'optimised', compare: undefined })
  }

  const shownFailure =
    noModelError(prepared) ?? (webgl ? failure : new PreviewError('webgl-unavailable', WEBGL_UNAVAILABLE))
  // What Export works from: the result's own model, also while a GLB made from it is shown.
  const exportSource = variant >= prepared.models.length ? prepared.models[0] : candidate
  const canvasCommon = { files, settings, display, resetSignal: session.resetSignal, clip, onError }
  return (
    <div>
      {models.length > 1 && (
        <VariantSwitcher
          models={models}
          variant={variant}
          onVariant={chooseVariant}
          comparing={Boolean(other)}
          onCompare={() => {
            dispatch({ type: 'comparison toggled' })
            setAddress({ compare: other ? undefined : 'variants' })
          }}
        />
      )}
      {shownFailure ? (
        <PreviewFailure
          error={shownFailure}
          onRetry={shownFailure.kind === 'context-lost' ? () => dispatch({ type: 'restarted' }) : undefined}
        />
      ) : (
        candidate && (
          <>
            <ViewerToolbar {...toolbar} />
            <div
              className={cn(other ? CANVASES_SIDE_BY_SIDE : 'relative', 'fullscreen:bg-background')}
              data-canvases={other ? 'compare' : 'single'}
              ref={container}
            >
              {poster && !ready && variant === 0 && !other && <Poster src={poster} overlay />}
              <ModelCanvas
                key={`main-${session.canvasKey}`}
                {...canvasCommon}
                candidate={candidate}
                label={other ? `3D preview: ${candidate.label}` : '3D preview'}
                ready={ready}
                canvasRef={canvas}
                onLoaded={onLoaded}
                onFirstFrame={onFirstFrame}
                onBridge={setBridge}
              />
              {other && (
                <ModelCanvas
                  key={`other-${other.path}`}
                  {...canvasCommon}
                  candidate={other}
                  label={`3D preview: ${other.label}`}
                  ready={otherReady}
                  onLoaded={onOtherLoaded}
                  onFirstFrame={onOtherFirstFrame}
                  onBridge={setOtherBridge}
                />
              )}
            </div>
            {display === 'uv' && shown && shown.inspection.meshesWithoutUv > 0 && (
              <Alert role="note" className="my-2">
                {shown.inspection.meshesWithoutUv} of the meshes have no UVs: the checker cannot map onto them, so they
                show one flat colour.
              </Alert>
            )}
            {shown && shown.facts.clips.length > 0 && (
              <AnimationControls
                clips={shown.facts.clips}
                clip={clip}
                onClip={(index) => dispatch({ type: 'clip chosen', index })}
                onToggle={() => dispatch({ type: 'clip toggled' })}
              />
            )}
          </>
        )
      )}
      {other && candidate && (
        <CompareFacts names={[candidate.label, other.label]} facts={[shown?.facts, otherShown?.facts]} />
      )}
      <InspectorTabs
        taskId={taskId}
        zipBytes={prepared.zip.size}
        candidate={candidate}
        files={files}
        shown={shown}
        bridge={bridge}
        exporting={
          exportSource && {
            source: exportSource,
            triangles: session.trianglesByPath[exportSource.path] ?? 0,
            made,
            onMade,
            shownModel:
              shown && display === 'shaded' && !settings.wireframe && candidate?.path === exportSource.path
                ? shown.model
                : undefined,
            wasOpened: (m) => session.loadedPaths.has(madePath(m)),
          }
        }
      />
      <Downloads taskId={taskId} zip={prepared.zip} files={prepared.modelBlobs} modelPaths={modelPaths} />
    </div>
  )
}
