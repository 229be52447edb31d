import { join, resolve } from 'node:path'
import { mkdir, writeFile } from 'node:fs/promises'
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import type { ServerConfig } from '../config.ts'
import type { DemoArk } from '../demo/demoArk.ts'
import type { OpenedFile } from '../fileRelay.ts'
import { arkLister } from './arkLister.ts'
import { openLocalFileStore } from './fileStore.ts'
import { createKeeper } from './keeper.ts'
import { listedItem, openKeeperIndex } from './keeperIndex.ts'
import { demoArkOnLoopback } from './loopbackArk.ts'
import type { openBucketStore } from './bucketStore.ts'

/** Opens the data folder, and starts the keeper on Ark (with the key) or on the demo Ark. */
export async function startKeeper(options: {
  config: ServerConfig
  demo: DemoArk | undefined
  relay: { openFile: (url: string, headers: Record<string, string>, signal: AbortSignal) => Promise<OpenedFile> }
  log: (line: string) => void
  /** Given only for a bucket: the AWS SDK is large, and warns on Node 20 as it loads. */
  openBucketStore?: typeof openBucketStore
}) {
  const { config } = options
  const dataDir = resolve(
    config.keeper.dataDir,
    options.demo ? 'demo' : new URL(config.baseUrl).host,
    ...(config.keeper.bucket ? [`bucket-${config.keeper.bucket.bucket}`] : []),
  )
  await mkdir(dataDir, { recursive: true })
  const index = openKeeperIndex(join(dataDir, 'index.sqlite'))
  const store = await openLocalFileStore(dataDir)
  const loopback = options.demo ? await demoArkOnLoopback(options.demo) : undefined
  if (config.keeper.bucket && !options.openBucketStore) throw new Error('the bucket store was not loaded')
  const bucket = config.keeper.bucket ? options.openBucketStore!(config.keeper.bucket) : undefined
  // The bucket is the truth: this server's index is a cache of it, rebuilt at every start.
  if (bucket) {
    const records = await bucket.listTasks()
    index.importRecords(
      records.map((record, i) => ({
        item: listedItem(record.raw, i),
        file: record.file,
        gone: record.gone,
        pictureAt: record.pictureAt,
      })),
      Date.now(),
    )
    options.log(`keeper: ${records.length} task(s) read from the bucket ${config.keeper.bucket!.bucket}`)
  }
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
    downloadsAtOnce: config.keeper.downloadsAtOnce,
    bucket,
    log: options.log,
  })
  keeper.start()
  const pictures = join(dataDir, 'thumbnails')
  await mkdir(pictures, { recursive: true })
  return {
    keeper,
    index,
    /** Keeps a browser's picture of a task, so the next browser has it at once. */
    async savePicture(taskId: string, body: Buffer, type: string) {
      if (bucket) await bucket.putPicture(taskId, body, type)
      else await writeFile(join(pictures, taskId), body)
      index.recordPicture(taskId, Date.now())
      await keeper.writeRecords([taskId])
    },
    async readPicture(taskId: string): Promise<Readable> {
      return bucket ? (await bucket.readPicture(taskId)).body : createReadStream(join(pictures, taskId))
    },
    readFile: (sha256: string) => (bucket ? bucket.readFile(sha256) : Promise.resolve(store.read(sha256))),
    close: async () => {
      await keeper.stop()
      bucket?.close()
      await loopback?.close()
    },
  }
}
