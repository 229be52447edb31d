import { Progress } from '../../../components/ui/progress.tsx'
import type { FetchProgress } from '../../../api/resultFile.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'

export function LoadProgress({ label, progress }: { label: string; progress: FetchProgress }) {
  const percent = progress.total ? Math.floor((progress.loaded / progress.total) * 100) : undefined
  return (
    <div className="flex flex-col gap-1" role="status">
      <Progress
        className="w-full"
        max={progress.total ?? undefined}
        value={progress.total ? progress.loaded : undefined}
        aria-label={label}
      />
      <span>
        {label} {formatBytes(progress.loaded)}
        {progress.total ? ` of ${formatBytes(progress.total)} (${percent}%)` : ''}
      </span>
    </div>
  )
}
