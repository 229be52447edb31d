/// <reference lib="webworker" />
// Fetches one file and hands its bytes over (transferred, not copied). A response's body is
// read and assembled on the thread that fetched it: on the page a large one is long tasks under
// load, here none.
import type { FetchFileRequest, FetchFileResponse } from './fetchFileProtocol.ts'

self.onmessage = async ({ data }: MessageEvent<FetchFileRequest>) => {
  try {
    const answer = await fetch(data.url)
    if (!answer.ok) throw new Error(`HTTP ${answer.status}`)
    const bytes = await answer.arrayBuffer()
    self.postMessage({ bytes } satisfies FetchFileResponse, [bytes])
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies FetchFileResponse)
  }
}
