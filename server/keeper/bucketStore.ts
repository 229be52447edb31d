import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'
import { Upload } from '@aws-sdk/lib-storage'
import type { GoneWhy } from './keeperIndex.ts'

export interface BucketConfig {
  endpoint?: string
  bucket: string
  region: string
  accessKeyId?: string
  secretAccessKey?: string
  forcePathStyle: boolean
}

/** One task as the bucket holds it, `tasks/<id>.json`: the truth every server's index is rebuilt from. */
export interface BucketTaskRecord {
  raw: unknown
  file?: { sha256: string; bytes: number; keptAt: number }
  gone?: { at: number; why: GoneWhy }
  /** When a browser gave this task's picture, stored under `thumbnails/<id>.webp`. */
  pictureAt?: number
}

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.$metadata.httpStatusCode === 404 || error.name === 'NotFound')
const preconditionFailed = (error: unknown) =>
  error instanceof S3ServiceException && error.$metadata.httpStatusCode === 412

/**
 * A store a team shares: any S3-compatible bucket. Files under `files/<sha256>.zip` (content
 * addressed, so two servers writing the same one is harmless; each checks first and writes with
 * If-None-Match where the store honours it), one JSON record per task under `tasks/<id>.json`.
 */
export function openBucketStore(config: BucketConfig) {
  const s3 = new S3Client({
    endpoint: config.endpoint,
    region: config.region,
    forcePathStyle: config.forcePathStyle,
    credentials:
      config.accessKeyId && config.secretAccessKey
        ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
        : undefined,
  })
  const Bucket = config.bucket
  const fileKey = (sha256: string) => `files/${sha256}.zip`
  const taskKey = (id: string) => `tasks/${id}.json`

  async function exists(Key: string): Promise<boolean> {
    try {
      await s3.send(new HeadObjectCommand({ Bucket, Key }))
      return true
    } catch (error) {
      if (notFound(error)) return false
      throw error
    }
  }

  return {
    hasFile: (sha256: string) => exists(fileKey(sha256)),
    /** Uploads a checked file unless the bucket has it; true when this call wrote it. */
    async putFile(sha256: string, path: string): Promise<boolean> {
      if (await exists(fileKey(sha256))) return false
      try {
        await new Upload({
          client: s3,
          params: {
            Bucket,
            Key: fileKey(sha256),
            Body: createReadStream(path),
            ContentType: 'application/zip',
            IfNoneMatch: '*',
          },
        }).done()
        return true
      } catch (error) {
        if (preconditionFailed(error)) return false
        throw error
      }
    },
    async readFile(sha256: string): Promise<Readable> {
      const answer = await s3.send(new GetObjectCommand({ Bucket, Key: fileKey(sha256) }))
      return answer.Body as Readable
    },
    async putPicture(id: string, body: Buffer, type: string) {
      await s3.send(new PutObjectCommand({ Bucket, Key: `thumbnails/${id}.webp`, Body: body, ContentType: type }))
    },
    async readPicture(id: string): Promise<{ body: Readable; type: string }> {
      const answer = await s3.send(new GetObjectCommand({ Bucket, Key: `thumbnails/${id}.webp` }))
      return { body: answer.Body as Readable, type: answer.ContentType ?? 'image/webp' }
    },
    async putTask(id: string, record: BucketTaskRecord) {
      await s3.send(
        new PutObjectCommand({
          Bucket,
          Key: taskKey(id),
          Body: JSON.stringify(record),
          ContentType: 'application/json',
        }),
      )
    },
    async getTask(id: string): Promise<BucketTaskRecord | undefined> {
      try {
        const answer = await s3.send(new GetObjectCommand({ Bucket, Key: taskKey(id) }))
        return JSON.parse(await answer.Body!.transformToString()) as BucketTaskRecord
      } catch (error) {
        if (notFound(error) || (error instanceof S3ServiceException && error.name === 'NoSuchKey')) return undefined
        throw error
      }
    },
    /** Every task record in the bucket, read eight at a time. */
    async listTasks(): Promise<BucketTaskRecord[]> {
      const keys: string[] = []
      let ContinuationToken: string | undefined
      do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket, Prefix: 'tasks/', ContinuationToken }))
        for (const object of page.Contents ?? []) if (object.Key?.endsWith('.json')) keys.push(object.Key)
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (ContinuationToken)
      const records: BucketTaskRecord[] = []
      for (let at = 0; at < keys.length; at += 8) {
        const batch = await Promise.all(
          keys.slice(at, at + 8).map(async (Key) => {
            const answer = await s3.send(new GetObjectCommand({ Bucket, Key }))
            return JSON.parse(await answer.Body!.transformToString()) as BucketTaskRecord
          }),
        )
        records.push(...batch)
      }
      return records
    },
    close: () => s3.destroy(),
  }
}

export type BucketStore = ReturnType<typeof openBucketStore>
