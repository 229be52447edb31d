import { Canvas, type GLProps } from '@react-three/fiber'
import { afterThisTask } from '../../../lib/afterThisTask.ts'
import { Component, useEffect, useRef, useState, type ReactNode, type Ref } from 'react'
import type { DisplayMode } from '../inspect/displayModes.ts'
import type { LoadedModel } from '../load/loadModel.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { makeViewerRenderer } from '../gpuPacing/viewerRenderer.ts'
import { WEBGL_UNAVAILABLE } from '../webglSupport.ts'
import type { ViewerSettings } from './viewerSettings.ts'
import { ViewerScene, type ViewerBridge } from './ViewerScene.tsx'
import { Alert } from '../../../components/ui/alert.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'

interface Props {
  candidate: ModelCandidate
  files: Record<string, ArrayBuffer>
  settings: ViewerSettings
  display: DisplayMode
  /** The canvas's accessible name: "3D preview", or "3D preview: <task or variant>" beside another. */
  label: string
  ready: boolean
  resetSignal: number
  clip: { index: number; playing: boolean }
  containerRef?: Ref<HTMLDivElement>
  canvasRef?: Ref<HTMLCanvasElement>
  onLoaded: (model: LoadedModel) => void
  onError: (error: PreviewError) => void
  onFirstFrame: () => void
  onBridge?: (bridge: ViewerBridge | undefined) => void
}

/** One model in one WebGL canvas, with the state the page reads from it (`data-state`). */
export function ModelCanvas({ label, ready, containerRef, canvasRef, onError, ...scene }: Props) {
  const glCanvas = useRef<HTMLCanvasElement>(undefined)
  const [shaderWarning, setShaderWarning] = useState<string>()
  useEffect(() => glCanvas.current?.setAttribute('aria-label', label), [label])
  // R3F forces a context loss on a canvas it unmounts: that one is not a failure to report.
  const mounted = useRef(true)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  return (
    <div
      ref={containerRef}
      data-viewer
      className={cn(
        'relative h-(--viewer-height,300px) overflow-hidden rounded-md border border-border fullscreen:h-full [:fullscreen>&]:h-full',
        scene.settings.background === 'transparent' &&
          'bg-[repeating-conic-gradient(#8883_0_25%,transparent_0_50%)] bg-size-[16px_16px]',
      )}
      data-state={ready ? 'ready' : 'loading'}
      data-background={scene.settings.background}
      data-display={scene.display}
    >
      {!ready && (
        <p className="absolute inset-x-2 bottom-2 z-[1] m-0 text-muted-foreground">
          Reading {scene.candidate.path.split('/').pop()}…
        </p>
      )}
      {shaderWarning && (
        <Alert
          variant="warning"
          className="absolute inset-x-2 bottom-2 z-[1] flex items-baseline gap-3 text-[12.5px]"
          role="status"
        >
          <p className="m-0 flex-1 [overflow-wrap:anywhere]">{shaderWarning}</p>
          <Button variant="link" onClick={() => setShaderWarning(undefined)}>
            Dismiss
          </Button>
        </Alert>
      )}
      <CanvasFailure onError={onError}>
        <Canvas
          ref={canvasRef}
          // Drawn when something changed, not 60 times a second: an open viewer idles at no CPU,
          // which on a software GPU (and a laptop's battery) is most of a core.
          frameloop="demand"
          gl={makeRenderer}
          camera={{ fov: 40, position: [2, 1.5, 3] }}
          onCreated={({ gl }) => {
            glCanvas.current = gl.domElement
            gl.domElement.setAttribute('aria-label', label)
            gl.domElement.setAttribute('role', 'img')
            gl.domElement.addEventListener('webglcontextlost', (event) => {
              event.preventDefault()
              if (!mounted.current) return
              onError(
                new PreviewError(
                  'context-lost',
                  'The browser took the GPU context away (too many 3D views, or a driver reset).',
                ),
              )
            })
          }}
        >
          <ViewerScene
            {...scene}
            onShaderWarning={setShaderWarning}
            onError={(error) =>
              onError(error instanceof PreviewError ? error : new PreviewError('unreadable-model', String(error)))
            }
          />
        </Canvas>
      </CanvasFailure>
    </div>
  )
}

/** The canvas's renderer (see makeViewerRenderer); R3F's set-up follows in a task of its own. */
const makeRenderer = (async ({ canvas }) => {
  // R3F's own canvas element: this viewer never draws on an OffscreenCanvas.
  const renderer = await makeViewerRenderer(canvas as HTMLCanvasElement)
  await afterThisTask()
  return renderer
}) satisfies Extract<GLProps, (defaults: never) => Promise<unknown>>

/**
 * The canvas's own failures (R3F rethrows them while rendering): a context the browser would not
 * make is reported as no WebGL, anything else as a model that could not be shown. The view stays.
 */
class CanvasFailure extends Component<{ children: ReactNode; onError: (error: PreviewError) => void }> {
  state = { failed: false }

  static getDerivedStateFromError() {
    return { failed: true }
  }

  componentDidCatch(error: unknown) {
    const message = error instanceof Error ? error.message : String(error)
    this.props.onError(
      /WebGL context/i.test(message)
        ? new PreviewError('webgl-unavailable', WEBGL_UNAVAILABLE)
        : new PreviewError('unreadable-model', message),
    )
  }

  render() {
    return this.state.failed ? null : this.props.children
  }
}
