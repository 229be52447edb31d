import { createTaskBody, readCreateTaskBody, type CreateTaskBody } from '../src/api/createTaskRequest.ts'
import { readBodyUpTo, type Req } from './http.ts'

/** A 10 MB image as base64 (13.4 MB) with room for the rest of the body. */
export const MAX_CREATE_BODY_BYTES = 15 * 1024 ** 2

export type CreateRequest =
  { body: CreateTaskBody } | { refused: { status: 400 | 413 | 415; code: string; message: string } }

/**
 * Reads and checks a create request from the browser. What is forwarded is rebuilt from the
 * checked fields, so nothing the check did not read can ride along with the key.
 */
export async function readCreateRequest(req: Req, maxBytes = MAX_CREATE_BODY_BYTES): Promise<CreateRequest> {
  const type = String(req.headers['content-type'] ?? '')
  if (!/^application\/json\s*(;|$)/i.test(type))
    return { refused: { status: 415, code: 'UnsupportedMediaType', message: 'A create request is sent as JSON.' } }
  const raw = await readBodyUpTo(req, maxBytes)
  if (!raw) {
    req.resume()
    const limit = `${Math.round(maxBytes / 1024 ** 2)} MB`
    return {
      refused: {
        status: 413,
        code: 'RequestTooLarge',
        message: `The create request is larger than ${limit}; it was not sent to Ark. An image may be at most 10 MB.`,
      },
    }
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(raw.toString('utf8'))
  } catch {
    return { refused: { status: 400, code: 'InvalidJson', message: 'The create request is not valid JSON.' } }
  }
  const read = readCreateTaskBody(parsed)
  if (!read.ok)
    return {
      refused: {
        status: 400,
        code: `InvalidCreateRequest.${read.param}`,
        message: `Not sent to Ark: ${read.reason}.`,
      },
    }
  return { body: createTaskBody(read.spec) }
}
