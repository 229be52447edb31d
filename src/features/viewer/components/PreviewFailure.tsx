import { Alert } from '../../../components/ui/alert.tsx'
import { Button } from '../../../components/ui/button.tsx'
import type { PreviewError } from '../load/viewerErrors.ts'

const TITLES: Record<PreviewError['kind'], string> = {
  expired: 'The file is gone',
  network: 'The file could not be downloaded',
  'corrupt-zip': 'The zip is damaged',
  'no-model': 'No model in this zip',
  'too-large': 'The zip is too large to open',
  'unreadable-model': 'The model could not be read',
  'unsupported-format': 'The viewer cannot show this format',
  'webgl-unavailable': 'WebGL is not available',
  'context-lost': 'The 3D view stopped (WebGL context lost)',
}

export function PreviewFailure({ error, onRetry }: { error: PreviewError; onRetry?: () => void }) {
  return (
    <Alert role="alert" variant="destructive" className="preview-failure my-3" data-failure={error.kind}>
      <strong>{TITLES[error.kind]}</strong>
      <p>{error.message}</p>
      {onRetry && (
        <Button size="sm" onClick={onRetry}>
          Try again
        </Button>
      )}
    </Alert>
  )
}
