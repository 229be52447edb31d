import { loadEnv } from 'vite'
import { readServerConfig, type ServerConfig } from './config.ts'

async function loadDemoParts() {
  const [{ createDemoArk }, { parseRate, startDemoFileHost }, { handleDemoControl }, { parseFault }] =
    await Promise.all([
      import('./demo/demoArk.ts'),
      import('./demo/demoFileHost.ts'),
      import('./demo/demoControl.ts'),
      import('./demo/demoFaults.ts'),
    ])
  return { createDemoArk, parseRate, startDemoFileHost, handleDemoControl, parseFault }
}

/** The server's settings in a mode: the environment, then `.env` files (`.env.local` too). */
export function serverConfigFor(mode: string): ServerConfig {
  return readServerConfig({ ...loadEnv(mode, process.cwd(), ''), ...process.env })
}

const MODES = ['development', 'production']

/**
 * The server's optional parts, imported only when a mode's settings use them: the demo's 3D
 * encoders, SQLite's WebAssembly and the AWS SDK are each large. Imported as the config file is
 * evaluated, since with `--configLoader runner` nothing can be imported once it is loaded.
 */
export async function loadServerParts() {
  const configs = MODES.map(serverConfigFor)
  const [demo, keeper, bucket] = await Promise.all([
    configs.some((c) => !c.apiKey) ? loadDemoParts() : undefined,
    configs.some((c) => c.keeper.on) ? import('./keeper/startKeeper.ts') : undefined,
    configs.some((c) => c.keeper.on && c.keeper.bucket) ? import('./keeper/bucketStore.ts') : undefined,
  ])
  return { demo, startKeeper: keeper?.startKeeper, openBucketStore: bucket?.openBucketStore }
}

export type ServerParts = Awaited<ReturnType<typeof loadServerParts>>

/** Why these parts cannot serve this config (a mode other than the two loaded for), if they cannot. */
export function missingPart(config: ServerConfig, parts: ServerParts): string | undefined {
  const missing = [
    !config.apiKey && !parts.demo && 'the demo Ark',
    config.keeper.on && !parts.startKeeper && 'the keeper',
    config.keeper.on && config.keeper.bucket && !parts.openBucketStore && 'the bucket store',
  ].filter(Boolean)
  if (missing.length)
    return `ark3d: ${missing.join(', ')} not loaded: settings in a mode's own .env file are read for development and production only.`
}
