import { Environment, Grid, OrbitControls } from '@react-three/drei'
import { lightScene, STUDIO_HDR, studioEnvironmentOrNull } from '../environment/studioEnvironment.ts'
import { useFrame, useThree } from '@react-three/fiber'
import { Suspense, use, useEffect, useLayoutEffect, useMemo, useRef, useState, type ComponentRef } from 'react'
import {
  AnimationMixer,
  type Material,
  type Mesh,
  type Object3D,
  type PerspectiveCamera,
  type Scene,
  type WebGLRenderer,
} from 'three'
import { applyDisplayMode, type DisplayMode } from '../inspect/displayModes.ts'
import { SceneOverlays } from './SceneOverlays.tsx'
import { createDecoders, loadModel, type LoadedModel } from '../load/loadModel.ts'
import { fitCamera, framingOf, type Framing } from '../load/fitCamera.ts'
import type { ModelCandidate } from '../load/pickModels.ts'
import type { ViewerSettings } from './viewerSettings.ts'
import { afterThisTask } from '../../../lib/afterThisTask.ts'
import { uploadInSteps } from '../gpuPacing/gpuWarmUp.ts'
import { shaderWarning, unlinkedPrograms } from '../load/shaderCheck.ts'
import { untilGpuDone } from '../gpuPacing/untilGpuDone.ts'
import { materialsOf } from '../load/modelParts.ts'

/** The controls drei's OrbitControls makes, read through its ref. */
type OrbitControlsImpl = ComponentRef<typeof OrbitControls>

/** What the controls around the canvas need from inside it: posters, turntables, linked cameras. */
export interface ViewerBridge {
  gl: WebGLRenderer
  scene: Scene
  camera: PerspectiveCamera
  controls: OrbitControlsImpl
  framing: Framing
  /** Stops and restarts the canvas's own render loop, for captures that draw each frame themselves. */
  setFrameloop: (mode: 'demand' | 'never') => void
  /** Asks for a frame: the canvas draws only when something changed (see ModelCanvas). */
  invalidate: () => void
}

interface Props {
  candidate: ModelCandidate
  files: Record<string, ArrayBuffer>
  settings: ViewerSettings
  display: DisplayMode
  onBridge?: (bridge: ViewerBridge | undefined) => void
  resetSignal: number
  clip: { index: number; playing: boolean }
  onLoaded: (model: LoadedModel) => void
  onError: (error: unknown) => void
  onFirstFrame: () => void
  /** A material the GPU would not draw: said beside the model, which stays. */
  onShaderWarning?: (warning: string) => void
}

/** Everything inside the canvas: the model, its framing, light, grid and controls. */
export function ViewerScene(props: Props) {
  const { candidate, files, settings } = props
  const gl = useThree((state) => state.gl)
  const camera = useThree((state) => state.camera) as PerspectiveCamera
  const controls = useRef<ComponentRef<typeof OrbitControls>>(null)
  const decoders = useMemo(() => createDecoders(gl), [gl])
  useEffect(() => () => decoders.dispose(), [decoders])

  const [model, setModel] = useState<LoadedModel>()
  const grid = useRef<Mesh>(null)
  const callbacks = useRef(props)
  useEffect(() => {
    callbacks.current = props
  })

  const scene = useThree((state) => state.scene)
  // Load, show, free: three steps. A result that arrives after the user moved on is freed at once.
  // Before it is shown, its shaders are compiled without blocking (KHR_parallel_shader_compile where
  // the browser has it) against the scene's light, so its first frame only draws.
  useEffect(() => {
    let cancelled = false
    performance.mark('ark3d:parse-start')
    // A task of its own: the canvas's WebGL context was made in this one, and the parse's first
    // step (GLTFLoader copies a GLB's binary chunk) would add to it.
    afterThisTask()
      .then(() => Promise.all([loadModel(candidate, files, decoders), studioEnvironmentOrNull()]))
      .then(async ([result, environment]) => {
        if (cancelled) return result.dispose()
        performance.mark('ark3d:parse-end')
        if (environment) lightScene(scene, environment)
        await Promise.all([
          gl.compileAsync(result.root, camera, scene),
          grid.current && compileHidden(gl, grid.current, camera, scene),
        ]).catch(() => undefined)
        if (cancelled) return result.dispose()
        await uploadInSteps(gl, scene, camera, result.root, () => cancelled, grid.current)
        await afterThisTask()
        if (cancelled) return result.dispose()
        setModel(result)
        callbacks.current.onLoaded(result)
      })
      .catch((error) => !cancelled && callbacks.current.onError(error))
    return () => {
      cancelled = true
      setModel(undefined)
    }
  }, [candidate, files, decoders, gl, camera, scene])

  // Freed only once it has left the scene: disposing a mesh that is still drawn makes the next
  // frame upload its buffers again, and those would never be freed.
  useEffect(() => {
    if (!model) return
    return () => model.dispose()
  }, [model])

  const framing = useMemo(() => (model ? framingOf(model.root) : undefined), [model])
  // A layout effect: the camera must be placed before the first frame that draws the model.
  useLayoutEffect(() => {
    if (!framing || !controls.current) return
    fitCamera(camera, framing, controls.current.target)
    controls.current.update()
  }, [framing, camera, props.resetSignal])

  const setFrameloop = useThree((state) => state.setFrameloop)
  const invalidate = useThree((state) => state.invalidate)
  useEffect(() => {
    if (!framing || !controls.current) return
    const orbit = controls.current as unknown as OrbitControlsImpl
    callbacks.current.onBridge?.({ gl, scene, camera, controls: orbit, framing, setFrameloop, invalidate })
    return () => callbacks.current.onBridge?.(undefined)
  }, [framing, gl, scene, camera, setFrameloop, invalidate])

  // Each mode puts its own materials on and, when left, puts the originals back and frees its own.
  const { display } = props
  useEffect(() => {
    if (!model) return
    return applyDisplayMode(model.root, display)
  }, [model, display])
  // After the mode: the wireframe goes on whichever materials are showing.
  useEffect(() => {
    if (!model) return
    setWireframe(model.root, settings.wireframe)
    return () => setWireframe(model.root, false)
  }, [model, settings.wireframe, display])
  // The canvas draws on demand: what the effects above change in place is drawn by asking for a frame.
  useEffect(() => invalidate(), [invalidate, model, display, settings, props.clip, props.resetSignal])

  const mixer = useMemo(() => (model && model.animations.length ? new AnimationMixer(model.root) : undefined), [model])
  useEffect(() => {
    if (!mixer || !model) return
    const clip = model.animations[props.clip.index]
    if (!clip) return
    const action = mixer.clipAction(clip)
    action.reset().play()
    action.paused = !props.clip.playing
    return () => {
      action.stop()
    }
  }, [mixer, model, props.clip.index, props.clip.playing])
  useEffect(
    () => () => {
      mixer?.stopAllAction()
    },
    [mixer],
  )

  useFrame((state, delta) => {
    mixer?.update(delta)
    // A playing clip keeps asking for the next frame.
    if (mixer && props.clip.playing && model?.animations[props.clip.index]) state.invalidate()
    // The renderer's own counts (lighting included), for the leak tests: not a fact about the model.
    const { geometries, textures } = state.gl.info.memory
    const counts = `${geometries} geometries, ${textures} textures`
    const canvas = state.gl.domElement
    if (canvas.getAttribute('data-gpu-memory') !== counts) canvas.setAttribute('data-gpu-memory', counts)
  })

  return (
    <>
      {settings.background !== 'transparent' && (
        <color attach="background" args={[settings.background === 'dark' ? '#1b1f24' : '#eef1f5']} />
      )}
      <ambientLight intensity={0.15} />
      {/* The model shows with its light: nothing in here renders until the HDR has loaded. */}
      <Suspense fallback={null}>
        <StudioLight />
        {model && <primitive object={model.root} />}
        {model && <FirstFrameProbe model={model} onFirstFrame={() => callbacks.current.onFirstFrame()} />}
        <ShaderCheck onFailure={(warning) => callbacks.current.onShaderWarning?.(warning)} />
      </Suspense>
      {/* Mounted hidden before the model arrives, so its shader is compiled alongside the model's. */}
      {settings.grid && (
        <Grid
          ref={grid}
          visible={Boolean(framing)}
          position={framing ? [framing.center.x, framing.floorY, framing.center.z] : undefined}
          args={framing ? [framing.radius * 6, framing.radius * 6] : undefined}
          cellSize={framing ? framing.radius / 5 : undefined}
          sectionSize={framing?.radius}
          fadeDistance={framing ? framing.radius * 8 : undefined}
          cellColor={settings.background === 'light' ? '#b8c0cc' : '#3a424d'}
          sectionColor={settings.background === 'light' ? '#8a94a3' : '#56606d'}
        />
      )}
      {model && framing && (
        <SceneOverlays root={model.root} framing={framing} bounds={settings.bounds} axes={settings.axes} />
      )}
      <OrbitControls
        ref={controls}
        makeDefault
        autoRotate={settings.autoRotate}
        autoRotateSpeed={1.5}
        enableDamping={false}
      />
    </>
  )
}

/** Compiles a hidden object's shaders as if it were shown (three skips what is not visible). */
function compileHidden(gl: WebGLRenderer, object: Object3D, camera: PerspectiveCamera, scene: Scene) {
  const visible = object.visible
  object.visible = true
  const compiled = gl.compileAsync(object, camera, scene)
  object.visible = visible
  return compiled
}

/** Wireframe on or off for every material under `root`, whichever are showing now. */
function setWireframe(root: Object3D, on: boolean) {
  root.traverse((object) => {
    for (const material of materialsOf(object)) (material as Material & { wireframe?: boolean }).wireframe = on
  })
}

/**
 * Reports a program the GPU would not link (three's own check is off, see makeRenderer): after a
 * frame that made new programs, once the GPU has drawn it.
 */
function ShaderCheck({ onFailure }: { onFailure: (warning: string) => void }) {
  const gl = useThree((state) => state.gl)
  const seen = useRef('')
  const alive = useRef(true)
  useEffect(
    () => () => {
      alive.current = false
    },
    [],
  )
  useFrame(() => {
    const programs = gl.info.programs ?? []
    const key = `${programs.length}:${programs.at(-1)?.id}`
    if (key === seen.current) return
    seen.current = key
    // After this frame: the draw that links its new programs is queued once the callback returns.
    setTimeout(async () => {
      await untilGpuDone(gl.getContext() as WebGL2RenderingContext)
      if (!alive.current || gl.getContext().isContextLost()) return
      const failures = unlinkedPrograms(gl)
      if (failures.length > 0) {
        console.error('ark3d: shader link failed', failures)
        onFailure(shaderWarning(failures))
      }
    }, 0)
  })
  return null
}

/** Reports the first frame drawn with `model` in it (after the HDR environment, which suspends). */
function FirstFrameProbe({ model, onFirstFrame }: { model: LoadedModel; onFirstFrame: () => void }) {
  const reported = useRef<LoadedModel>(undefined)
  useFrame(() => {
    if (reported.current === model) return
    reported.current = model
    // This callback runs before the frame is drawn; the next animation frame comes after it.
    requestAnimationFrame(() => {
      performance.mark('ark3d:first-frame')
      onFirstFrame()
    })
  })
  return null
}

/**
 * The studio light: prefiltered in a worker and uploaded here as soon as it is ready, usually
 * while the model is still on its way; where no worker can draw, drei prefilters it here.
 */
function StudioLight() {
  const environment = use(studioEnvironmentOrNull())
  const gl = useThree((state) => state.gl)
  const invalidate = useThree((state) => state.invalidate)
  const scene = useThree((state) => state.scene)
  useLayoutEffect(() => {
    if (!environment) return
    lightScene(scene, environment)
    gl.initTexture(environment)
    invalidate()
    return () => lightScene(scene, null, environment)
  }, [environment, gl, scene, invalidate])
  return environment ? null : <Environment files={STUDIO_HDR} />
}
