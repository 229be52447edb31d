import { Alert } from '../../../components/ui/alert.tsx'
import { useState } from 'react'
import { probeResultFile, relayedFileUrl } from '../../../api/resultFile.ts'

/** A video task's result, through the relay; when it will not play, why. */
export function TaskVideo({ taskId, url, expiresAt }: { taskId: string; url: string; expiresAt: number | undefined }) {
  const [failure, setFailure] = useState<string>()
  const onError = () => {
    setFailure('Finding out why…')
    void probeResultFile(url, expiresAt, taskId).then((error) =>
      setFailure(error?.message ?? 'The file is there, but this browser cannot play its format.'),
    )
  }
  if (failure)
    return (
      <Alert className="my-3" role="status">
        The video could not be loaded. {failure}
      </Alert>
    )
  return <video className="my-2 w-full" controls preload="metadata" src={relayedFileUrl(url)} onError={onError} />
}
