import { ownCopyOf, studioEnvironmentOrNull } from '../environment/studioEnvironment.ts'
import { maxUncompressedBytes, unzipInWorker } from '../load/unzipInWorker.ts'
import { PreviewError } from '../load/viewerErrors.ts'
import { createThumbnailRenderer, type ThumbnailRenderer } from './thumbnailRenderer.ts'
import type { ThumbnailRequest, ThumbnailResponse } from './thumbnailProtocol.ts'

/** A renderer left unused this long is freed with its GPU memory; the next picture makes a new one. */
const KEEP_FOR_MS = 60_000

let worker: Worker | undefined
/** False once the browser has shown its workers cannot draw (no OffscreenCanvas, or no WebGL there). */
let workerCanDraw = typeof OffscreenCanvas !== 'undefined' && typeof Worker !== 'undefined'
let pageRenderer: Promise<ThumbnailRenderer> | undefined
let nextId = 0
const answers = new Map<number, (answer: ThumbnailResponse) => void>()
let freeTimer: ReturnType<typeof setTimeout> | undefined

function freeLater() {
  clearTimeout(freeTimer)
  freeTimer = setTimeout(() => {
    worker?.terminate()
    worker = undefined
    void pageRenderer?.then((renderer) => renderer.dispose()).catch(() => {})
    pageRenderer = undefined
  }, KEEP_FOR_MS)
}

function drawInWorker(zip: Blob): Promise<ThumbnailResponse> {
  if (!worker) {
    const started = new Worker(new URL('./thumbnail.worker.ts', import.meta.url), { type: 'module' })
    started.onmessage = (event: MessageEvent<ThumbnailResponse>) => {
      answers.get(event.data.id)?.(event.data)
      answers.delete(event.data.id)
    }
    started.onerror = (event) => {
      for (const answer of answers.values())
        answer({ id: -1, ok: false, kind: 'failed', message: event.message || 'The worker stopped.', onPage: true })
      answers.clear()
      started.terminate()
      if (worker === started) worker = undefined
    }
    worker = started
  }
  const request: ThumbnailRequest = { id: nextId++, zip, maxUncompressedBytes: maxUncompressedBytes() }
  return new Promise((resolve) => {
    answers.set(request.id, resolve)
    worker!.postMessage(request)
  })
}

async function drawOnPage(zip: Blob, signal: AbortSignal): Promise<Blob> {
  const unzipped = await unzipInWorker(zip, signal, { modelBlobs: false })
  pageRenderer ??= studioEnvironmentOrNull().then((studio) =>
    createThumbnailRenderer(document.createElement('canvas'), studio ? ownCopyOf(studio) : null),
  )
  return (await pageRenderer).render(unzipped, signal)
}

async function draw(zip: Blob, signal: AbortSignal): Promise<Blob> {
  signal.throwIfAborted()
  if (workerCanDraw) {
    const answer = await drawInWorker(zip)
    signal.throwIfAborted()
    if (answer.ok) return answer.picture
    if (answer.kind === 'webgl-unavailable') workerCanDraw = false
    if (!answer.onPage)
      throw new PreviewError(answer.kind === 'failed' ? 'unreadable-model' : answer.kind, answer.message)
  }
  return drawOnPage(zip, signal)
}

/**
 * A result's picture (256 px WebP): drawn by a worker on an OffscreenCanvas where the browser has
 * one, every format, so the page stays responsive; on the page where the worker cannot draw. The
 * renderer is kept between pictures, so only the first pays for compiling shaders.
 */
export function renderThumbnail(zip: Blob, signal: AbortSignal): Promise<Blob> {
  clearTimeout(freeTimer)
  const result = draw(zip, signal)
  void result.catch(() => {}).finally(freeLater)
  return result
}
