import { Alert } from '../../../components/ui/alert.tsx'
import { ArkApiError, isLocalServerError, MalformedResponseError, NetworkError } from '../../../api/arkErrors.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** What went wrong with the list, in words a user can act on. */
export function TaskListError({ error, subject = 'The task list' }: { error: unknown; subject?: string }) {
  if (error instanceof ArkApiError && (error.status === 401 || error.status === 403)) {
    return (
      <Alert role="alert" variant="destructive" className="my-3">
        <h2>{error.status === 401 ? 'The API key is missing or was rejected' : 'Ark refused access'}</h2>
        <p>
          Ark said: <q>{error.message}</q> ({error.code})
        </p>
        <p>
          Set <code className="font-mono text-[12.5px]">ARK_API_KEY</code> to a valid key from the Ark console (API Key
          management) in the environment or in <code className="font-mono text-[12.5px]">.env.local</code>, then restart{' '}
          <code className="font-mono text-[12.5px]">npm start</code>.
        </p>
        {error.requestId && <p className="text-muted-foreground">Request id: {error.requestId}</p>}
      </Alert>
    )
  }
  if (error instanceof ArkApiError && error.status === 400) {
    return (
      <Alert role="alert" variant="destructive" className="my-3">
        <h2>Ark rejected a parameter{error.param ? `: ${error.param}` : ''}</h2>
        <p>{error.message}</p>
      </Alert>
    )
  }
  const message =
    error instanceof NetworkError
      ? 'The dashboard server could not be reached. Check that npm start is still running.'
      : error instanceof MalformedResponseError
        ? `Ark's answer could not be read: ${error.message}`
        : isLocalServerError(error)
          ? error.message
          : error instanceof ArkApiError
            ? `Ark answered ${error.status} (${error.code}): ${error.message}`
            : errorMessage(error)
  return (
    <Alert role="alert" variant="destructive" className="my-3">
      <h2>{subject} could not be loaded</h2>
      <p>{message}</p>
    </Alert>
  )
}
