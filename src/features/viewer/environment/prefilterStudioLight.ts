import { callWorker } from '../load/callWorker.ts'
import { mirrorForCubeTexture, packPrefiltered } from './pmremFile.ts'
import type { PrefilterRequest, PrefilterResponse } from './prefilterProtocol.ts'
import { STUDIO_HDR } from './studioEnvironment.ts'

/**
 * Runs three's PMREM on the studio HDR in a worker and packs the result. Only
 * `scripts/prefilter-studio-light.ts` calls it, in Chromium, to write the file the viewer loads.
 */
export async function prefilterStudioLight(): Promise<ArrayBuffer> {
  const answer = await callWorker<PrefilterRequest, PrefilterResponse>(
    () => new Worker(new URL('./prefilter.worker.ts', import.meta.url), { type: 'module' }),
    { url: new URL(STUDIO_HDR, location.href).href },
  )
  if ('error' in answer) throw new Error(answer.error)
  return packPrefiltered(mirrorForCubeTexture(answer.faces))
}
