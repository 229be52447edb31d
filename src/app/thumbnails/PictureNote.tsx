import { ClockIcon, ImageOffIcon } from 'lucide-react'
import type { ArkTask } from '../../api/arkTask.ts'
import { Button } from '../../components/ui/button.tsx'
import { useLocalFilesContext } from '../../features/archive/index.ts'
import { retryPicture, usePictureState } from './autoPictures.ts'

export const OVER_BUDGET = 'Picture waits: over today’s budget'

/** Why a result has no picture yet, when the automatic pictures know: on a card in words, in a row as an icon. */
export function PictureNote({ task, compact = false }: { task: ArkTask; compact?: boolean }) {
  const state = usePictureState(task.id)
  const pictured = Boolean(useLocalFilesContext().thumbnails?.[task.id])
  if (pictured || (state?.state !== 'failed' && state?.state !== 'over-budget')) return null
  const sentence = state.state === 'failed' ? `No picture: ${state.reason}` : OVER_BUDGET
  if (compact) {
    const Icon = state.state === 'failed' ? ImageOffIcon : ClockIcon
    return (
      <span className="absolute -right-1 -bottom-1 rounded-full bg-card p-0.5 text-muted-foreground" title={sentence}>
        <Icon className="size-3" aria-hidden="true" />
        <span className="sr-only">{sentence}</span>
      </span>
    )
  }
  return (
    <p className="m-0 flex flex-wrap items-baseline gap-x-1 text-[12px] text-muted-foreground" data-picture-note>
      <span className="line-clamp-2" title={sentence}>
        {sentence}
      </span>
      {state.state === 'failed' && state.retry && (
        <Button
          size="sm"
          variant="link"
          className="h-auto p-0 text-[12px]"
          onClick={(event) => {
            event.stopPropagation()
            retryPicture(task)
          }}
        >
          Retry picture
        </Button>
      )}
    </p>
  )
}
