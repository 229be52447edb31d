import { join, resolve } from 'node:path'
import { mkdir } from 'node:fs/promises'
import type { ServerConfig } from '../config.ts'
import type { DemoArk } from '../demo/demoArk.ts'
import type { OpenedFile } from '../fileRelay.ts'
import { arkLister } from './arkLister.ts'
import { openLocalFileStore } from './fileStore.ts'
import { createKeeper } from './keeper.ts'
import { openKeeperIndex } from './keeperIndex.ts'
import { demoArkOnLoopback } from './loopbackArk.ts'

/** Opens the data folder, and starts the keeper on Ark (with the key) or on the demo Ark. */
export async function startKeeper(options: {
  config: ServerConfig
  demo: DemoArk | undefined
  relay: { openFile: (url: string, headers: Record<string, string>, signal: AbortSignal) => Promise<OpenedFile> }
  log: (line: string) => void
}) {
  const { config } = options
  const dataDir = resolve(config.keeper.dataDir, options.demo ? 'demo' : new URL(config.baseUrl).host)
  await mkdir(dataDir, { recursive: true })
  const index = openKeeperIndex(join(dataDir, 'index.sqlite'))
  const store = await openLocalFileStore(dataDir)
  const loopback = options.demo ? await demoArkOnLoopback(options.demo) : undefined
  const keeper = createKeeper({
    index,
    store,
    listPage: arkLister({
      baseUrl: loopback?.baseUrl ?? config.baseUrl,
      apiKey: loopback?.key ?? config.apiKey!,
      timeoutMs: config.upstreamTimeoutMs,
    }),
    openFile: (url, signal) => options.relay.openFile(url, { 'user-agent': 'ark3d-keeper' }, signal),
    limits: config.relay,
    intervalMs: config.keeper.intervalMs,
    log: options.log,
  })
  keeper.start()
  return {
    keeper,
    index,
    store,
    close: async () => {
      await keeper.stop()
      await loopback?.close()
    },
  }
}
