import { execFileSync, spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningVite {
  url: string
  /** Everything the server printed, to check what reaches the log. */
  output: () => string
  /** True once the server process has ended, by a crash or by stop(). */
  exited: () => boolean
  stop: () => Promise<void>
  /** The server process, for figures read from /proc (its peak memory). */
  pid: number
}

let compiled: string | undefined
/** The server's config as `npm start` runs it, compiled once per version of the sources. */
const compiledServerConfig = () =>
  (compiled ??= execFileSync('node', ['scripts/build-server.mjs'], { cwd: ROOT, encoding: 'utf8' }))

/** Starts the real `vite` (dev) or `vite preview` as a child process, as a user would. */
export async function startVite(options: {
  port: number
  env?: Record<string, string>
  preview?: boolean
  args?: string[]
  /** Another checkout to serve (the bench's earlier build); this one by default. */
  root?: string
}): Promise<RunningVite> {
  const root = options.root ?? ROOT
  const args = [
    ...(options.preview ? ['preview'] : []),
    '--port',
    String(options.port),
    '--strictPort',
    // As `npm start` runs it: a preview of this checkout with the server compiled to JavaScript;
    // otherwise the config's server modules load as they are used, not all at start.
    ...(options.preview && root === ROOT
      ? ['--config', compiledServerConfig(), '--configLoader', 'native']
      : ['--configLoader', 'runner']),
    ...(options.args ?? []),
  ]
  const child = spawn(`${ROOT}node_modules/.bin/vite`, args, {
    cwd: root,
    // The keeper would download every demo result under each test; a test that wants it turns it on.
    env: { ...process.env, ARK_API_KEY: '', NO_COLOR: '1', ARK3D_KEEPER: 'off', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // A test run that ends (or fails before its afterAll) never leaves a server holding its port.
  const killOnExit = () => child.kill('SIGTERM')
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  child.stderr.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${options.port}`
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`vite did not start:\n${output}`)), 30_000)
    const check = () => {
      if (/Local:/.test(output)) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', check)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`vite exited with ${code}:\n${output}`))
    })
  })
  return {
    url,
    pid: child.pid!,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}

/**
 * Starts several servers at once; when one fails to start, those that did are stopped before the
 * error is thrown, so no port stays taken for the next run.
 */
export async function startVites(specs: Array<Parameters<typeof startVite>[0]>): Promise<RunningVite[]> {
  const results = await Promise.allSettled(specs.map((spec) => startVite(spec)))
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (!failed) return results.map((r) => (r as PromiseFulfilledResult<RunningVite>).value)
  await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)))
  throw failed.reason
}
