import { useMemo } from 'react'
import { useBlobUrls } from '../hooks/useBlobUrls.ts'
import { downloadNames } from '../load/downloadNames.ts'

/** The zip and each model file in it, as downloads made from the bytes the page holds. */
export function Downloads({
  taskId,
  zip,
  files,
  modelPaths,
}: {
  taskId: string
  zip: Blob
  files: Record<string, Blob>
  modelPaths: string[]
}) {
  const sources = useMemo(
    () => Object.fromEntries([['result.zip', zip], ...modelPaths.map((path) => [path, files[path]])]),
    [zip, files, modelPaths],
  )
  const urls = useBlobUrls(sources)
  const names = useMemo(() => downloadNames(modelPaths, taskId), [modelPaths, taskId])
  return (
    <div className="downloads" role="group" aria-label="Downloads">
      <a className="button" href={urls['result.zip']} download={`${taskId}.zip`}>
        Download {taskId}.zip
      </a>
      {modelPaths.map((path) => (
        <a key={path} className="button" href={urls[path]} download={names[path]}>
          {path}
        </a>
      ))}
    </div>
  )
}
