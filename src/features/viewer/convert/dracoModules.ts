import draco3d from 'draco3dgltf'
import decoderWasm from 'draco3dgltf/draco_decoder_gltf.wasm?url'
import encoderWasm from 'draco3dgltf/draco_encoder.wasm?url'

/**
 * Google's Draco encoder and decoder (the glTF builds glTF Transform expects). The package's
 * Emscripten modules are given their wasm bytes, served from this origin, so nothing is fetched
 * from anywhere else.
 */
export async function dracoModules() {
  const bytes = async (url: string) => (await fetch(url)).arrayBuffer()
  const [decoderBinary, encoderBinary] = await Promise.all([bytes(decoderWasm), bytes(encoderWasm)])
  const [decoder, encoder] = await Promise.all([
    draco3d.createDecoderModule({ wasmBinary: decoderBinary }),
    draco3d.createEncoderModule({ wasmBinary: encoderBinary }),
  ])
  return { decoder, encoder }
}
