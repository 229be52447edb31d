import { ArkApiError, isLocalServerError, MalformedResponseError, NetworkError } from '../../../api/arkErrors.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

/** What went wrong with the list, in words a user can act on. */
export function TaskListError({ error, subject = 'The task list' }: { error: unknown; subject?: string }) {
  if (error instanceof ArkApiError && (error.status === 401 || error.status === 403)) {
    return (
      <div role="alert" className="panel panel-error">
        <h2>{error.status === 401 ? 'The API key is missing or was rejected' : 'Ark refused access'}</h2>
        <p>
          Ark said: <q>{error.message}</q> ({error.code})
        </p>
        <p>
          Set <code>ARK_API_KEY</code> to a valid key from the Ark console (API Key management) in the environment or in{' '}
          <code>.env.local</code>, then restart <code>npm start</code>.
        </p>
        {error.requestId && <p className="muted">Request id: {error.requestId}</p>}
      </div>
    )
  }
  if (error instanceof ArkApiError && error.status === 400) {
    return (
      <div role="alert" className="panel panel-error">
        <h2>Ark rejected a parameter{error.param ? `: ${error.param}` : ''}</h2>
        <p>{error.message}</p>
      </div>
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
    <div role="alert" className="panel panel-error">
      <h2>{subject} could not be loaded</h2>
      <p>{message}</p>
    </div>
  )
}
