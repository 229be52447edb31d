import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningVite {
  url: string
  /** Everything the server printed, to check what reaches the log. */
  output: () => string
  stop: () => Promise<void>
}

/** Starts the real `vite` (dev) or `vite preview` as a child process, as a user would. */
export async function startVite(options: {
  port: number
  env?: Record<string, string>
  preview?: boolean
  args?: string[]
}): Promise<RunningVite> {
  const args = [
    ...(options.preview ? ['preview'] : []),
    '--port',
    String(options.port),
    '--strictPort',
    ...(options.args ?? []),
  ]
  const child = spawn(`${ROOT}node_modules/.bin/vite`, args, {
    cwd: ROOT,
    env: { ...process.env, ARK_API_KEY: '', NO_COLOR: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
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
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
