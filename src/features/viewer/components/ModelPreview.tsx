import { Canvas } from '@react-three/fiber'
import { useCallback, useMemo, useRef, useState } from 'react'
import { useLocalStorage } from '../../../lib/useLocalStorage.ts'
import { useBlobUrls } from '../hooks/useBlobUrls.ts'
import { usePreparedZip, type PreparedZip, type ZipLoader } from '../hooks/usePreparedZip.ts'
import type { LoadedModel } from '../load/loadModel.ts'
import { captureThumbnail } from '../capture/captureThumbnail.ts'
import { downloadNames } from '../load/downloadNames.ts'
import { modelFacts, type ModelFacts } from '../load/modelFacts.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { isWebGLAvailable } from '../webglSupport.ts'
import { LoadProgress } from './LoadProgress.tsx'
import { ModelFactsPanel } from './ModelFactsPanel.tsx'
import { PreviewFailure } from './PreviewFailure.tsx'
import { DEFAULT_VIEWER_SETTINGS, type ViewerSettings } from './viewerSettings.ts'
import { ViewerScene, type GpuMemory } from './ViewerScene.tsx'
import { ViewerToolbar } from './ViewerToolbar.tsx'

interface Props {
  taskId: string
  /** Names where the bytes come from; a new key loads again. */
  sourceKey: string
  loadZip: ZipLoader
  /** A line above the viewer saying where the file comes from. */
  sourceNote?: React.ReactNode
  /** Receives a picture of the framed model once its first frame is drawn (the first variant only). */
  onThumbnail?: (picture: Blob) => void
}

/** The 3D preview of a succeeded task: download, unzip, pick a model, show it, with its facts and downloads. */
export default function ModelPreview({ taskId, sourceKey, loadZip, sourceNote, onThumbnail }: Props) {
  const state = usePreparedZip(loadZip, sourceKey)
  return (
    <section className="model-preview" aria-label="3D preview pane">
      {sourceNote}
      {state.phase === 'fetching' && <LoadProgress label="Downloading" progress={state.progress} />}
      {state.phase === 'unzipping' && <LoadProgress label="Unzipping" progress={state.progress} />}
      {state.phase === 'failed' && (
        <>
          <PreviewFailure error={state.error} />
          {state.zip && <Downloads taskId={taskId} zip={state.zip} files={{}} modelPaths={[]} />}
        </>
      )}
      {state.phase === 'ready' && (
        <PreparedPreview key={taskId} taskId={taskId} prepared={state.prepared} onThumbnail={onThumbnail} />
      )}
    </section>
  )
}

function PreparedPreview({
  taskId,
  prepared,
  onThumbnail,
}: {
  taskId: string
  prepared: PreparedZip
  onThumbnail?: (picture: Blob) => void
}) {
  const [variant, setVariant] = useState(0)
  const candidate = prepared.models[variant]
  const [settings, setSettings] = useLocalStorage<ViewerSettings>('viewer.settings', DEFAULT_VIEWER_SETTINGS)
  const [loaded, setLoaded] = useState<{ model: LoadedModel; facts: ModelFacts }>()
  const [failure, setFailure] = useState<PreviewError>()
  const [ready, setReady] = useState(false)
  const [memory, setMemory] = useState<GpuMemory>()
  const [resetSignal, setResetSignal] = useState(0)
  const [clip, setClip] = useState({ index: 0, playing: true })
  const [canvasKey, setCanvasKey] = useState(0)
  const container = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [webgl] = useState(isWebGLAvailable)

  const chooseVariant = (index: number) => {
    setVariant(index)
    setLoaded(undefined)
    setReady(false)
    setFailure(undefined)
    setClip({ index: 0, playing: true })
  }
  const onLoaded = useCallback(
    (model: LoadedModel) => setLoaded({ model, facts: modelFacts(model.root, model.animations) }),
    [],
  )
  const onError = useCallback(
    (error: unknown) =>
      setFailure(error instanceof PreviewError ? error : new PreviewError('unreadable-model', String(error))),
    [],
  )
  const thumbnailTaken = useRef(false)
  const onFirstFrame = useCallback(() => {
    setReady(true)
    if (thumbnailTaken.current || !onThumbnail || !canvas.current) return
    thumbnailTaken.current = true
    void captureThumbnail(canvas.current).then((picture) => picture && onThumbnail(picture))
  }, [onThumbnail])
  const onMemory = useCallback(
    (next: GpuMemory) =>
      setMemory((current) =>
        current?.geometries === next.geometries && current.textures === next.textures ? current : next,
      ),
    [],
  )

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
  const shownFailure =
    noModel ??
    (webgl
      ? failure
      : new PreviewError(
          'webgl-unavailable',
          'This browser cannot create a WebGL context, so the model cannot be shown. The downloads below still work.',
        ))

  return (
    <div className="prepared-preview">
      {prepared.models.length > 1 && (
        <div className="variant-switcher" role="group" aria-label="Variant">
          {prepared.models.map((model, index) => (
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
              settings={settings}
              onSettings={setSettings}
              onReset={() => setResetSignal((n) => n + 1)}
              onFullscreen={() => void container.current?.requestFullscreen?.()}
              onScreenshot={() => {
                const link = document.createElement('a')
                link.href = canvas.current!.toDataURL('image/png')
                link.download = `${taskId}.png`
                link.click()
              }}
            />
            <div
              ref={container}
              className={`viewer-canvas bg-${settings.background}`}
              data-state={ready ? 'ready' : 'loading'}
            >
              {!ready && <p className="viewer-loading muted">Reading {candidate.path.split('/').pop()}…</p>}
              <Canvas
                key={canvasKey}
                ref={canvas}
                gl={{ preserveDrawingBuffer: true, antialias: true, alpha: true }}
                camera={{ fov: 40, position: [2, 1.5, 3] }}
                onCreated={({ gl }) => {
                  gl.domElement.setAttribute('aria-label', '3D preview')
                  gl.domElement.setAttribute('role', 'img')
                  gl.domElement.addEventListener('webglcontextlost', (event) => {
                    event.preventDefault()
                    // R3F also forces a context loss when the canvas unmounts after another failure: keep that one.
                    const lost = new PreviewError(
                      'context-lost',
                      'The browser took the GPU context away (too many 3D views, or a driver reset).',
                    )
                    setFailure((current) => current ?? lost)
                  })
                }}
              >
                <ViewerScene
                  candidate={candidate}
                  files={prepared.files}
                  settings={settings}
                  resetSignal={resetSignal}
                  clip={clip}
                  onLoaded={onLoaded}
                  onError={onError}
                  onFirstFrame={onFirstFrame}
                  onMemory={onMemory}
                />
              </Canvas>
            </div>
            {loaded && loaded.facts.clips.length > 0 && (
              <div className="animation-controls" role="group" aria-label="Animation">
                <select
                  aria-label="Animation clip"
                  value={clip.index}
                  onChange={(e) => setClip({ index: Number(e.target.value), playing: true })}
                >
                  {loaded.facts.clips.map((c, i) => (
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
      <ModelFactsPanel
        zipBytes={prepared.zip.byteLength}
        modelBytes={candidate ? prepared.files[candidate.path]!.byteLength : 0}
        facts={loaded?.facts}
        memory={memory}
      />
      <Downloads
        taskId={taskId}
        zip={prepared.zip}
        files={prepared.files}
        modelPaths={prepared.models.map((m) => m.path)}
      />
    </div>
  )
}

function Downloads({
  taskId,
  zip,
  files,
  modelPaths,
}: {
  taskId: string
  zip: ArrayBuffer
  files: Record<string, ArrayBuffer>
  modelPaths: string[]
}) {
  const sources = useMemo(
    () => Object.fromEntries([['result.zip', zip], ...modelPaths.map((path) => [path, files[path]])]),
    [zip, files, modelPaths],
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
