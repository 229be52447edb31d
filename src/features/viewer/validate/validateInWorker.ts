import { callWorker } from '../load/callWorker.ts'
import type { ValidationRequest, ValidationResponse } from './validationProtocol.ts'

/** Runs the Khronos glTF-Validator in a worker; its ~1 MB loads only now. */
export function validateInWorker(modelPath: string, files: Record<string, ArrayBuffer>, signal?: AbortSignal) {
  const request: ValidationRequest = { modelPath, files }
  return callWorker<ValidationRequest, ValidationResponse>(
    () => new Worker(new URL('./validator.worker.ts', import.meta.url), { type: 'module' }),
    request,
    [],
    signal,
  )
}
