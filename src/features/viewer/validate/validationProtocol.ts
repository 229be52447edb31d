export interface ValidationRequest {
  modelPath: string
  /** The model and the files it may reference, by their path in the zip. */
  files: Record<string, ArrayBuffer>
}

export interface ValidationMessage {
  code: string
  message: string
  severity: 'error' | 'warning' | 'info' | 'hint'
  pointer?: string
}

export type ValidationResponse =
  | {
      ok: true
      validatorVersion: string
      counts: { errors: number; warnings: number; infos: number; hints: number }
      messages: ValidationMessage[]
      truncated: boolean
    }
  | { ok: false; message: string }
