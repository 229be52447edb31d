/// <reference lib="webworker" />
import { studioEnvironmentOf, STUDIO_PMREM } from '../environment/studioEnvironment.ts'
import { pickModels } from '../load/pickModels.ts'
import { unpackZip } from '../load/unpackZip.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'
import { loadImagesAsBitmaps } from './imagesAsBitmaps.ts'
import { createThumbnailRenderer, type ThumbnailRenderer } from './thumbnailRenderer.ts'
import type { ThumbnailRequest, ThumbnailResponse } from './thumbnailProtocol.ts'

let renderer: Promise<ThumbnailRenderer> | undefined
loadImagesAsBitmaps()

async function studioLight() {
  try {
    const response = await fetch(new URL(STUDIO_PMREM, location.href))
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    return studioEnvironmentOf(await response.arrayBuffer())
  } catch (error) {
    console.warn(`ark3d: pictures are lit by three's room: the studio light could not be loaded (${error}).`)
    return null
  }
}

async function draw({ id, zip, maxUncompressedBytes }: ThumbnailRequest): Promise<ThumbnailResponse> {
  const unzipped = await unpackZip(zip, maxUncompressedBytes)
  if (!unzipped.ok) return { id, ok: false, kind: unzipped.kind, message: unzipped.message, onPage: false }
  const model = pickModels(unzipped.entries).models[0]
  if (!model)
    return { id, ok: false, kind: 'no-model', message: 'The zip holds no model the viewer can show.', onPage: false }
  renderer ??= studioLight().then((light) => {
    try {
      return createThumbnailRenderer(new OffscreenCanvas(1, 1), light)
    } catch (error) {
      throw new PreviewError('webgl-unavailable', `No WebGL in a worker: ${errorMessage(error)}`)
    }
  })
  const picture = await (await renderer).render(unzipped, new AbortController().signal)
  return { id, ok: true, picture }
}

self.onmessage = async (event: MessageEvent<ThumbnailRequest>) => {
  let answer: ThumbnailResponse
  try {
    answer = await draw(event.data)
  } catch (error) {
    const known = error instanceof PreviewError
    answer = {
      id: event.data.id,
      ok: false,
      kind: known ? error.kind : 'failed',
      message: errorMessage(error),
      // Anything unexpected may be the worker's own limit: the page tries once more.
      onPage: !known || error.kind === 'webgl-unavailable',
    }
  }
  self.postMessage(answer)
}
