import { buttonVariants } from '../../../components/ui/button.tsx'
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
    <div
      className="my-1.5 flex flex-wrap items-center gap-x-2.5 gap-y-1.5 text-[12.5px]"
      role="group"
      aria-label="Downloads"
    >
      <a className={buttonVariants({ size: 'sm' })} href={urls['result.zip']} download={`${taskId}.zip`}>
        Download {taskId}.zip
      </a>
      {modelPaths.map((path) => (
        <a key={path} className={buttonVariants({ size: 'sm' })} href={urls[path]} download={names[path]}>
          {path}
        </a>
      ))}
    </div>
  )
}
