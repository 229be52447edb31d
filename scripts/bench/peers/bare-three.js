// three-gltf-viewer's load path, bare: GLTFLoader with the Draco, KTX2 and Meshopt decoders, a
// room environment, the camera framed on the model. `window.showModel(url)` resolves with the
// milliseconds from the call to the first frame's pixels.
import * as THREE from 'three'
import { GLTFLoader } from 'three/addons/loaders/GLTFLoader.js'
import { DRACOLoader } from 'three/addons/loaders/DRACOLoader.js'
import { KTX2Loader } from 'three/addons/loaders/KTX2Loader.js'
import { MeshoptDecoder } from 'three/addons/libs/meshopt_decoder.module.js'
import { RoomEnvironment } from 'three/addons/environments/RoomEnvironment.js'

const renderer = new THREE.WebGLRenderer({ antialias: true })
renderer.setPixelRatio(window.devicePixelRatio)
renderer.setSize(window.innerWidth, window.innerHeight)
renderer.toneMapping = THREE.ACESFilmicToneMapping
document.body.appendChild(renderer.domElement)

const scene = new THREE.Scene()
scene.background = new THREE.Color(0xf4f4f5)
scene.environment = new THREE.PMREMGenerator(renderer).fromScene(new RoomEnvironment(), 0.04).texture
const camera = new THREE.PerspectiveCamera(45, window.innerWidth / window.innerHeight, 0.01, 1000)

const loader = new GLTFLoader()
  .setDRACOLoader(new DRACOLoader().setDecoderPath('/decoders/draco/'))
  .setKTX2Loader(new KTX2Loader().setTranscoderPath('/decoders/basis/').detectSupport(renderer))
  .setMeshoptDecoder(MeshoptDecoder)

window.showModel = async (url) => {
  const started = performance.now()
  const gltf = await loader.loadAsync(url)
  const model = gltf.scene
  const box = new THREE.Box3().setFromObject(model)
  const size = box.getSize(new THREE.Vector3()).length()
  const center = box.getCenter(new THREE.Vector3())
  model.position.sub(center)
  camera.near = size / 100
  camera.far = size * 100
  camera.position.set(size / 2, size / 5, size / 2)
  camera.lookAt(0, 0, 0)
  camera.updateProjectionMatrix()
  scene.add(model)
  renderer.render(scene, camera)
  const gl = renderer.getContext()
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4))
  return performance.now() - started
}
window.ready = true
