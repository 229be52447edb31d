/**
 * One request to a fresh worker, one answer back; the worker ends with the call or with `signal`.
 * `spawn` must construct the Worker itself (`new Worker(new URL(…, import.meta.url))`) for the bundler.
 */
export function callWorker<Request, Response>(
  spawn: () => Worker,
  request: Request,
  transfer: Transferable[] = [],
  signal?: AbortSignal,
): Promise<Response> {
  return new Promise<Response>((resolve, reject) => {
    const worker = spawn()
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(signal!.reason)
    }
    signal?.addEventListener('abort', onAbort)
    worker.onmessage = (event: MessageEvent<Response>) => {
      finish()
      resolve(event.data)
    }
    worker.onerror = (event) => {
      finish()
      reject(new Error(event.message || 'The worker stopped.'))
    }
    worker.postMessage(request, transfer)
  })
}
