import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Columns2Icon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { Tabs, TabsContent, TabsList, TabsTrigger } from '../../../components/ui/tabs.tsx'
import { useHeavyWork } from '../../../lib/heavyWork.ts'
import { saveBlob } from '../../../lib/saveBlob.ts'
import { useLocalStorage } from '../../../lib/useLocalStorage.ts'
import { useBlobUrls } from '../hooks/useBlobUrls.ts'
import type { ZipLoader } from '../../../api/resultFile.ts'
import { usePreparedZip, type PreparedZip } from '../hooks/usePreparedZip.ts'
import type { LoadedModel } from '../load/loadModel.ts'
import { captureThumbnail } from '../capture/captureThumbnail.ts'
import { downloadNames } from '../load/downloadNames.ts'
import { modelFacts, type ModelFacts } from '../load/modelFacts.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { isDisplayMode, type DisplayMode } from '../inspect/displayModes.ts'
import { inspectModel, type Inspection } from '../inspect/inspectionHints.ts'
import { textureInventory, type TextureInventory } from '../inspect/textureInventory.ts'
import { hasWebGL2, warmUpWebGL, WEBGL_UNAVAILABLE } from '../webglSupport.ts'
import { CompareFacts } from './CompareFacts.tsx'
import { ExportPanel, type MadeGlb } from './ExportPanel.tsx'
import { InspectionSummary } from './InspectionSummary.tsx'
import { linkCameras } from './linkCameras.ts'
import { LoadProgress } from './LoadProgress.tsx'
import { ModelCanvas } from './ModelCanvas.tsx'
import { ModelFactsPanel } from './ModelFactsPanel.tsx'
import { PreviewFailure } from './PreviewFailure.tsx'
import { TexturesPanel } from './TexturesPanel.tsx'
import { ValidationPanel } from './ValidationPanel.tsx'
import { DEFAULT_VIEWER_SETTINGS, type ViewerSettings } from './viewerSettings.ts'
import type { ViewerBridge } from './ViewerScene.tsx'
import { ViewerToolbar } from './ViewerToolbar.tsx'

/** The viewer's part of the address: a link shows the same view. */
export interface ViewerAddress {
  display?: string
  variant?: string
  /** `variants`: the zip's first two variants side by side. */
  compare?: string
}

interface Props {
  taskId: string
  /** Names where the bytes come from; a new key loads again. */
  sourceKey: string
  loadZip: ZipLoader
  /** A line above the viewer saying where the file comes from. */
  sourceNote?: React.ReactNode
  /** Receives a picture of the framed model once its first frame is drawn (the first variant only). */
  onThumbnail?: (picture: Blob) => void
  address?: ViewerAddress
  onAddress?: (next: ViewerAddress) => void
  /** A picture of the result, shown in the view's place while the model downloads and loads. */
  poster?: string
}

/** The 3D preview of a succeeded task: download, unzip, pick a model, show it, with its facts and downloads. */
export default function ModelPreview({
  taskId,
  sourceKey,
  loadZip,
  sourceNote,
  onThumbnail,
  address,
  onAddress,
  poster,
}: Props) {
  const state = usePreparedZip(loadZip, sourceKey, { modelDownloads: true })
  useHeavyWork(state.phase === 'fetching' || state.phase === 'unzipping')
  useEffect(warmUpWebGL, [])
  return (
    <section className="model-preview" aria-label="3D preview pane">
      {sourceNote}
      {poster && (state.phase === 'fetching' || state.phase === 'unzipping') && <Poster src={poster} />}
      {state.phase === 'fetching' && <LoadProgress label="Downloading" progress={state.progress} />}
      {state.phase === 'unzipping' && <LoadProgress label="Unzipping" progress={state.progress} />}
      {state.phase === 'failed' && (
        <>
          <PreviewFailure error={state.error} />
          {state.zip && <Downloads taskId={taskId} zip={state.zip} files={NO_FILES} modelPaths={NO_PATHS} />}
        </>
      )}
      {state.phase === 'ready' && (
        <PreparedPreview
          key={taskId}
          taskId={taskId}
          prepared={state.prepared}
          onThumbnail={onThumbnail}
          address={address ?? {}}
          onAddress={onAddress ?? (() => {})}
          poster={poster}
        />
      )}
    </section>
  )
}

/** The stored picture where the view will be, until the model's first frame replaces it. */
function Poster({ src, overlay }: { src: string; overlay?: boolean }) {
  return (
    <img
      className={overlay ? 'viewer-poster viewer-poster-overlay' : 'viewer-poster'}
      src={src}
      alt="The result's picture, while the model loads"
      data-poster
    />
  )
}

interface Shown {
  model: LoadedModel
  facts: ModelFacts
  inventory: TextureInventory
  inspection: Inspection
}

const describe = (model: LoadedModel): Shown => {
  const inventory = textureInventory(model.root, model.textureSource)
  const facts = modelFacts(model.root, model.animations, model.textureSource, model.lengthUnit)
  return { model, facts, inventory, inspection: inspectModel(model.root, inventory, facts.triangles) }
}

/** A GLB made here joins the variants, so the viewer opens it and proves that it loads. */
const madePath = (made: MadeGlb) => `made here/${made.fileName}`

function PreparedPreview({
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
  const variant = Math.max(
    0,
    models.findIndex((m) => m.label === address.variant),
  )
  const candidate = models[variant]
  const display: DisplayMode = isDisplayMode(address.display) ? address.display : 'shaded'
  const compareIndex = address.compare === 'variants' && models.length > 1 ? (variant === 0 ? 1 : 0) : undefined
  const other = compareIndex === undefined ? undefined : models[compareIndex]

  const [settings, setSettings] = useLocalStorage<ViewerSettings>('viewer.settings', DEFAULT_VIEWER_SETTINGS)
  const fullSettings = { ...DEFAULT_VIEWER_SETTINGS, ...settings }
  const [shown, setShown] = useState<Shown>()
  const [otherShown, setOtherShown] = useState<Shown>()
  const [failure, setFailure] = useState<PreviewError>()
  const [ready, setReady] = useState(false)
  useHeavyWork(!ready && !failure)
  const [otherReady, setOtherReady] = useState(false)
  const [resetSignal, setResetSignal] = useState(0)
  const [clip, setClip] = useState({ index: 0, playing: true })
  const [canvasKey, setCanvasKey] = useState(0)
  const [bridge, setBridge] = useState<ViewerBridge>()
  const [otherBridge, setOtherBridge] = useState<ViewerBridge>()
  const [loadedPaths, setLoadedPaths] = useState<ReadonlySet<string>>(new Set())
  const container = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [webgl] = useState(hasWebGL2)

  const setAddress = (next: Partial<ViewerAddress>) => onAddress({ ...address, ...next })
  const chooseVariant = (index: number) => {
    if (index === variant) return
    setShown(undefined)
    setReady(false)
    setFailure(undefined)
    setClip({ index: 0, playing: true })
    setAddress({ variant: index === 0 ? undefined : models[index]!.label })
  }
  // Each model's triangles, once it has been shown: a made GLB is set against its source's.
  const [trianglesByPath, setTrianglesByPath] = useState<Record<string, number>>({})
  const shownPath = candidate?.path
  const onLoaded = useCallback(
    (model: LoadedModel) => {
      const next = describe(model)
      setShown(next)
      if (shownPath) setTrianglesByPath((all) => ({ ...all, [shownPath]: next.facts.triangles }))
    },
    [shownPath],
  )
  const onOtherLoaded = useCallback((model: LoadedModel) => setOtherShown(describe(model)), [])
  const onError = useCallback(
    (error: PreviewError) => setFailure((current) => (error.kind === 'context-lost' && current ? current : error)),
    [],
  )
  const thumbnailTaken = useRef(false)
  const onFirstFrame = useCallback(() => {
    setReady(true)
    if (shownPath) setLoadedPaths((paths) => (paths.has(shownPath) ? paths : new Set([...paths, shownPath])))
    if (thumbnailTaken.current || !onThumbnail || !canvas.current) return
    thumbnailTaken.current = true
    void captureThumbnail(canvas.current).then((picture) => picture && onThumbnail(picture))
  }, [onThumbnail, shownPath])
  useEffect(() => {
    if (bridge && otherBridge) return linkCameras(bridge, otherBridge)
  }, [bridge, otherBridge])

  const onMade = (next: MadeGlb) => {
    setMade((list) => [...list.filter((m) => m.fileName !== next.fileName), next])
    setShown(undefined)
    setReady(false)
    setAddress({ variant: next.kind === 'glb' ? 'GLB' : 'optimised', compare: undefined })
  }

  const noModel =
    prepared.models.length === 0
      ? prepared.unshowable.length
        ? new PreviewError(
            'unsupported-format',
            `The zip holds ${prepared.unshowable.join(', ')}, which the viewer cannot show. Download it to open it elsewhere.`,
          )
        : new PreviewError(
            'no-model',
            `The zip holds no model file (${prepared.entries.map((e) => e.path).join(', ') || 'it is empty'}).`,
          )
      : undefined
  const shownFailure = noModel ?? (webgl ? failure : new PreviewError('webgl-unavailable', WEBGL_UNAVAILABLE))

  // What Export works from: the result's own model, also while a GLB made from it is shown.
  const exportSource = variant >= prepared.models.length ? prepared.models[0] : candidate
  const canvasCommon = {
    files,
    settings: fullSettings,
    display,
    resetSignal,
    clip,
    onError,
  }
  return (
    <div className="prepared-preview">
      {models.length > 1 && (
        <div className="flex flex-wrap items-center gap-2">
          <div className="variant-switcher" role="group" aria-label="Variant">
            {models.map((model, index) => (
              <button
                key={model.path}
                type="button"
                aria-pressed={index === variant}
                onClick={() => chooseVariant(index)}
              >
                {model.label}
              </button>
            ))}
          </div>
          <Button
            size="sm"
            variant={other ? 'secondary' : 'outline'}
            aria-pressed={Boolean(other)}
            onClick={() => {
              setOtherShown(undefined)
              setOtherReady(false)
              setAddress({ compare: other ? undefined : 'variants' })
            }}
          >
            <Columns2Icon />
            {other ? 'Close the comparison' : `Compare with ${models[variant === 0 ? 1 : 0]!.label}`}
          </Button>
        </div>
      )}
      {shownFailure ? (
        <PreviewFailure
          error={shownFailure}
          onRetry={
            shownFailure.kind === 'context-lost'
              ? () => {
                  setFailure(undefined)
                  setReady(false)
                  setCanvasKey((k) => k + 1)
                }
              : undefined
          }
        />
      ) : (
        candidate && (
          <>
            <ViewerToolbar
              settings={fullSettings}
              onSettings={setSettings}
              display={display}
              onDisplay={(mode) => setAddress({ display: mode === 'shaded' ? undefined : mode })}
              onReset={() => setResetSignal((n) => n + 1)}
              onFullscreen={() => void container.current?.requestFullscreen?.()}
              onScreenshot={() => canvas.current!.toBlob((png) => png && saveBlob(png, `${taskId}.png`), 'image/png')}
            />
            <div className={other ? 'compare-canvases' : 'single-canvas'} ref={container}>
              {poster && !ready && variant === 0 && !other && <Poster src={poster} overlay />}
              <ModelCanvas
                key={`main-${canvasKey}`}
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
                  onFirstFrame={() => setOtherReady(true)}
                  onBridge={setOtherBridge}
                />
              )}
            </div>
            {display === 'uv' && shown && shown.inspection.meshesWithoutUv > 0 && (
              <p role="note" className="panel">
                {shown.inspection.meshesWithoutUv} of the meshes have no UVs: the checker cannot map onto them, so they
                show one flat colour.
              </p>
            )}
            {shown && shown.facts.clips.length > 0 && (
              <div className="animation-controls" role="group" aria-label="Animation">
                <select
                  aria-label="Animation clip"
                  value={clip.index}
                  onChange={(e) => setClip({ index: Number(e.target.value), playing: true })}
                >
                  {shown.facts.clips.map((c, i) => (
                    <option key={c.name + i} value={i}>
                      {c.name} ({c.seconds.toFixed(1)} s)
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => setClip((c) => ({ ...c, playing: !c.playing }))}>
                  {clip.playing ? 'Pause' : 'Play'}
                </button>
              </div>
            )}
          </>
        )
      )}
      {other && candidate && (
        <CompareFacts names={[candidate.label, other.label]} facts={[shown?.facts, otherShown?.facts]} />
      )}
      <Tabs defaultValue="facts" className="inspector">
        <TabsList aria-label="Inspector">
          <TabsTrigger value="facts">Facts</TabsTrigger>
          <TabsTrigger value="textures">Textures{shown ? ` (${shown.inventory.textures.length})` : ''}</TabsTrigger>
          <TabsTrigger value="validation">Validation</TabsTrigger>
          <TabsTrigger value="export">Export</TabsTrigger>
        </TabsList>
        <TabsContent value="facts" className="flex flex-col gap-3">
          <ModelFactsPanel
            zipBytes={prepared.zip.size}
            modelBytes={candidate ? files[candidate.path]!.byteLength : 0}
            facts={shown?.facts}
          />
          {shown && <InspectionSummary inspection={shown.inspection} />}
        </TabsContent>
        <TabsContent value="textures">
          {shown ? (
            <TexturesPanel inventory={shown.inventory} gl={bridge?.gl} />
          ) : (
            <p className="muted">Reading the model…</p>
          )}
        </TabsContent>
        <TabsContent value="validation">
          {candidate && <ValidationPanel key={candidate.path} candidate={candidate} files={files} />}
        </TabsContent>
        <TabsContent value="export">
          {exportSource && (
            <ExportPanel
              taskId={taskId}
              candidate={exportSource}
              files={files}
              bridge={bridge}
              original={{
                triangles: trianglesByPath[exportSource.path] ?? 0,
                bytes: files[exportSource.path]?.byteLength ?? 0,
              }}
              made={made}
              onMade={onMade}
              shownModel={
                shown && display === 'shaded' && !fullSettings.wireframe && candidate?.path === exportSource.path
                  ? shown.model
                  : undefined
              }
              wasOpened={(m) => loadedPaths.has(madePath(m))}
            />
          )}
        </TabsContent>
      </Tabs>
      <Downloads
        taskId={taskId}
        zip={prepared.zip}
        files={prepared.modelBlobs}
        modelPaths={prepared.models.map((m) => m.path)}
      />
    </div>
  )
}

const NO_FILES: Record<string, Blob> = {}
const NO_PATHS: string[] = []

function Downloads({
  taskId,
  zip,
  files,
  modelPaths,
}: {
  taskId: string
  zip: Blob
  files: Record<string, Blob>
  modelPaths: string[]
}) {
  // Keyed by the paths' text: the caller maps its models to a new array on every render.
  const pathsKey = modelPaths.join('\n')
  const sources = useMemo(
    () =>
      Object.fromEntries([
        ['result.zip', zip],
        ...(pathsKey ? pathsKey.split('\n') : []).map((path) => [path, files[path]]),
      ]),
    [zip, files, pathsKey],
  )
  const urls = useBlobUrls(sources)
  const names = useMemo(() => downloadNames(modelPaths, taskId), [modelPaths, taskId])
  return (
    <div className="downloads" role="group" aria-label="Downloads">
      <a className="button" href={urls['result.zip']} download={`${taskId}.zip`}>
        Download {taskId}.zip
      </a>
      {modelPaths.map((path) => (
        <a key={path} className="button" href={urls[path]} download={names[path]}>
          {path}
        </a>
      ))}
    </div>
  )
}
