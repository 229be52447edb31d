/** A failure of the preview that the user can act on; `kind` picks the wording and the offer. */
export type PreviewFailureKind =
  | 'expired'
  | 'network'
  | 'corrupt-zip'
  | 'no-model'
  | 'too-large'
  | 'unreadable-model'
  | 'unsupported-format'
  | 'webgl-unavailable'
  | 'context-lost'

export class PreviewError extends Error {
  readonly kind: PreviewFailureKind
  constructor(kind: PreviewFailureKind, message: string) {
    super(message)
    this.name = 'PreviewError'
    this.kind = kind
  }
}
