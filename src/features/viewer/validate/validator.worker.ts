/// <reference lib="webworker" />
import * as validator from 'gltf-validator'
import { resolveInZip } from '../load/pickModels.ts'
import type { ValidationMessage, ValidationRequest, ValidationResponse } from './validationProtocol.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

const SEVERITIES: ValidationMessage['severity'][] = ['error', 'warning', 'info', 'hint']

interface Report {
  issues: {
    numErrors: number
    numWarnings: number
    numInfos: number
    numHints: number
    truncated: boolean
    messages: Array<{ code: string; message: string; severity: number; pointer?: string; offset?: number }>
  }
}

self.onmessage = async (event: MessageEvent<ValidationRequest>) => {
  const { modelPath, files } = event.data
  let answer: ValidationResponse
  try {
    const report = (await validator.validateBytes(new Uint8Array(files[modelPath]!), {
      uri: modelPath.split('/').pop(),
      maxIssues: 500,
      writeTimestamp: false,
      // Only the zip's own files: nothing is fetched from anywhere.
      externalResourceFunction: (uri: string) => {
        const bytes = files[resolveInZip(modelPath, decodeURIComponent(uri))]
        return bytes ? Promise.resolve(new Uint8Array(bytes)) : Promise.reject(new Error(`${uri} is not in the zip`))
      },
    })) as Report
    const { issues } = report
    answer = {
      ok: true,
      validatorVersion: validator.version(),
      counts: {
        errors: issues.numErrors,
        warnings: issues.numWarnings,
        infos: issues.numInfos,
        hints: issues.numHints,
      },
      truncated: issues.truncated,
      messages: issues.messages.map((m) => ({
        code: m.code,
        message: m.message,
        severity: SEVERITIES[m.severity] ?? 'info',
        pointer: m.pointer ?? (m.offset !== undefined ? `byte ${m.offset}` : undefined),
      })),
    }
  } catch (error) {
    answer = { ok: false, message: errorMessage(error) }
  }
  ;(self as unknown as DedicatedWorkerGlobalScope).postMessage(answer)
}
