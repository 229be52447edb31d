import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { Checkbox } from '../../../components/ui/checkbox.tsx'
import { Progress } from '../../../components/ui/progress.tsx'
import { useMemo, useState } from 'react'
import { useBlobUrls } from '../hooks/useBlobUrls.ts'
import { saveBlob } from '../../../lib/saveBlob.ts'
import { Button } from '../../../components/ui/button.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import { renderPoster } from '../capture/poster.ts'
import { recordTurntable } from '../capture/turntable.ts'
import type { OptimizeOptions } from '../convert/convertProtocol.ts'
import { optimizeInWorker } from '../convert/convertInWorker.ts'
import { convertToGlb, type ConvertedGlb } from '../convert/exportGlb.ts'
import type { AnimationClip, Object3D } from 'three'
import type { ModelCandidate } from '../load/pickModels.ts'
import type { ViewerBridge } from './ViewerScene.tsx'
import { errorMessage } from '../../../lib/errorMessage.ts'

export interface MadeGlb extends ConvertedGlb {
  kind: 'glb' | 'optimised'
  fileName: string
}

interface Props {
  taskId: string
  candidate: ModelCandidate
  files: Record<string, ArrayBuffer>
  bridge: ViewerBridge | undefined
  /** The shown model's triangles and file size, to set each output against. */
  original: { triangles: number; bytes: number }
  made: MadeGlb[]
  /** A GLB was made: the viewer opens it, to prove that it loads. */
  onMade: (made: MadeGlb) => void
  /** Whether the viewer has opened and drawn a made GLB. */
  wasOpened: (made: MadeGlb) => boolean
  /** The model on screen, when it is `candidate` in its own materials: exported without a second parse. */
  shownModel?: { root: Object3D; animations: AnimationClip[] }
}

const select = '[&_select]:h-8'
const section = 'flex flex-col gap-2 rounded-md border border-border p-3'

function PosterControls({ taskId, bridge }: { taskId: string; bridge: ViewerBridge | undefined }) {
  const [longest, setLongest] = useState(2048)
  const [transparent, setTransparent] = useState(false)
  const [busy, setBusy] = useState(false)
  return (
    <section className={section} aria-label="Poster">
      <h4 className="m-0 text-[13px] font-semibold">Poster</h4>
      <div className="flex flex-wrap items-center gap-2 text-[13px]">
        <label>
          Size{' '}
          <NativeSelect className={select} value={longest} onChange={(e) => setLongest(Number(e.target.value))}>
            {[512, 1024, 1536, 2048].map((n) => (
              <option key={n} value={n}>
                {n} px
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className="flex items-center gap-1">
          <Checkbox checked={transparent} onCheckedChange={(checked) => setTransparent(checked)} />
          Transparent background
        </label>
        <Button
          size="sm"
          disabled={!bridge || busy}
          onClick={async () => {
            setBusy(true)
            try {
              saveBlob(await renderPoster(bridge!, longest, transparent), `${taskId}-poster.png`)
            } finally {
              setBusy(false)
            }
          }}
        >
          Save poster (PNG)
        </Button>
      </div>
    </section>
  )
}

const TURNTABLE_SIZES = [
  { label: '720 × 720', width: 720, height: 720 },
  { label: '1080 × 1080', width: 1080, height: 1080 },
  { label: '1280 × 720', width: 1280, height: 720 },
]

function TurntableControls({ taskId, bridge }: { taskId: string; bridge: ViewerBridge | undefined }) {
  const [seconds, setSeconds] = useState(6)
  const [size, setSize] = useState(0)
  const [progress, setProgress] = useState<number>()
  const [error, setError] = useState<string>()
  const record = async () => {
    setError(undefined)
    setProgress(0)
    try {
      const chosen = TURNTABLE_SIZES[size]!
      const video = await recordTurntable(
        bridge!,
        { seconds, width: chosen.width, height: chosen.height },
        setProgress,
        new AbortController().signal,
      )
      saveBlob(video, `${taskId}-turntable.webm`)
    } catch (failure) {
      setError(`The turntable could not be recorded: ${errorMessage(failure)}`)
    } finally {
      setProgress(undefined)
    }
  }
  return (
    <section className={section} aria-label="Turntable">
      <h4 className="m-0 text-[13px] font-semibold">Turntable (WebM)</h4>
      <div className="flex flex-wrap items-center gap-2 text-[13px]">
        <label>
          Length{' '}
          <NativeSelect className={select} value={seconds} onChange={(e) => setSeconds(Number(e.target.value))}>
            {[3, 6, 12].map((n) => (
              <option key={n} value={n}>
                {n} s
              </option>
            ))}
          </NativeSelect>
        </label>
        <label>
          Size{' '}
          <NativeSelect className={select} value={size} onChange={(e) => setSize(Number(e.target.value))}>
            {TURNTABLE_SIZES.map((s, i) => (
              <option key={s.label} value={i}>
                {s.label}
              </option>
            ))}
          </NativeSelect>
        </label>
        <Button size="sm" disabled={!bridge || progress !== undefined} onClick={() => void record()}>
          Record turntable
        </Button>
        {progress !== undefined && (
          <Progress aria-label="Recording" max={1} value={progress} className="w-40">
            {Math.round(progress * 100)} %
          </Progress>
        )}
      </div>
      {error && <p role="alert">{error}</p>}
    </section>
  )
}

function OutputLine({ made, original, loaded }: { made: MadeGlb; original: Props['original']; loaded: boolean }) {
  // Typed by its .glb name, revoked when the line goes.
  const url = useBlobUrls(useMemo(() => ({ [made.fileName]: made.glb }), [made]))[made.fileName]
  return (
    <div className="flex flex-wrap items-center gap-2 text-[13px]" data-output={made.kind}>
      <span>
        <strong>{made.fileName}</strong>: {formatBytes(made.glb.byteLength)} (was {formatBytes(original.bytes)}),{' '}
        <span data-output-triangles={made.triangles}>{formatCount(made.triangles)} triangles</span> (was{' '}
        {formatCount(original.triangles)}); {made.steps.join(', ')}.{' '}
        <span role="status">{loaded ? 'Opened in the viewer: it loads.' : 'Opening it in the viewer…'}</span>
      </span>
      <Button size="sm" asChild>
        <a href={url} download={made.fileName}>
          Download {made.fileName}
        </a>
      </Button>
    </div>
  )
}

function ConvertControls({ taskId, candidate, files, bridge, original, made, onMade, wasOpened, shownModel }: Props) {
  const [options, setOptions] = useState<OptimizeOptions>({
    weld: true,
    simplifyRatio: 0.5,
    compression: 'meshopt',
    maxTextureSize: 1024,
  })
  const [busy, setBusy] = useState<'glb' | 'optimised'>()
  const [error, setError] = useState<string>()
  const isGlb = candidate.format === 'glb'
  const run = async (kind: 'glb' | 'optimised') => {
    setBusy(kind)
    setError(undefined)
    try {
      const source = isGlb ? undefined : await convertToGlb(candidate, files, bridge!.gl, shownModel)
      const result = kind === 'glb' ? source! : await optimizeInWorker(source?.glb ?? files[candidate.path]!, options)
      onMade({
        ...result,
        steps: [...(source && kind === 'optimised' ? source.steps : []), ...result.steps],
        kind,
        fileName: `${taskId}${kind === 'optimised' ? '-optimised' : ''}.glb`,
      })
    } catch (failure) {
      setError(`The GLB could not be made: ${errorMessage(failure)}`)
    } finally {
      setBusy(undefined)
    }
  }
  const set = <K extends keyof OptimizeOptions>(key: K, value: OptimizeOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }))
  return (
    <section className={section} aria-label="Convert">
      <h4 className="m-0 text-[13px] font-semibold">GLB for your engine</h4>
      {!isGlb && (
        <div className="flex flex-wrap items-center gap-2 text-[13px]">
          <Button size="sm" disabled={!bridge || busy !== undefined} onClick={() => void run('glb')}>
            {busy === 'glb' ? 'Converting…' : 'Make GLB'}
          </Button>
          <span className="text-muted-foreground">The {candidate.format.toUpperCase()} as one binary glTF file.</span>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2 text-[13px]">
        <label className="flex items-center gap-1">
          <Checkbox checked={options.weld} onCheckedChange={(checked) => set('weld', checked)} />
          Weld
        </label>
        <label>
          Keep{' '}
          <NativeSelect
            className={select}
            value={options.simplifyRatio}
            onChange={(e) => set('simplifyRatio', Number(e.target.value))}
          >
            {[1, 0.75, 0.5, 0.25, 0.1].map((n) => (
              <option key={n} value={n}>
                {n * 100} % of the triangles
              </option>
            ))}
          </NativeSelect>
        </label>
        <label>
          Compression{' '}
          <NativeSelect
            className={select}
            value={options.compression}
            onChange={(e) => set('compression', e.target.value as OptimizeOptions['compression'])}
          >
            <option value="none">None</option>
            <option value="meshopt">Meshopt</option>
            <option value="draco">Draco</option>
          </NativeSelect>
        </label>
        <label>
          Textures at most{' '}
          <NativeSelect
            className={select}
            value={options.maxTextureSize ?? 0}
            onChange={(e) => set('maxTextureSize', Number(e.target.value) || undefined)}
          >
            <option value={0}>as they are</option>
            {[2048, 1024, 512].map((n) => (
              <option key={n} value={n}>
                {n} px
              </option>
            ))}
          </NativeSelect>
        </label>
        <Button size="sm" disabled={!bridge || busy !== undefined} onClick={() => void run('optimised')}>
          {busy === 'optimised' ? 'Optimising…' : 'Make optimised GLB'}
        </Button>
      </div>
      {error && <p role="alert">{error}</p>}
      {made.map((m) => (
        <OutputLine key={m.fileName} made={m} original={original} loaded={wasOpened(m)} />
      ))}
    </section>
  )
}

/** What to take away besides the files themselves: a poster, a turntable, a GLB, a slimmer GLB. */
export function ExportPanel(props: Props) {
  return (
    <div className="flex flex-col gap-3">
      <PosterControls taskId={props.taskId} bridge={props.bridge} />
      <TurntableControls taskId={props.taskId} bridge={props.bridge} />
      <ConvertControls {...props} />
    </div>
  )
}
