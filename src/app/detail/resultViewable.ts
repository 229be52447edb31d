import type { ArkTask } from '../../api/arkTask.ts'
import { useUnreachableReason } from '../../features/archive/index.ts'

export const hasResultFile = (task: ArkTask | undefined): task is ArkTask =>
  task?.kind === '3d' && task.status === 'succeeded' && Boolean(task.fileUrl)

/**
 * Whether a result's model can be shown: its bytes are here, or still at Ark. Gone at Ark and not
 * here, no request could bring them, so none is made.
 */
export function useViewable(task: ArkTask | undefined): boolean {
  const unreachable = useUnreachableReason(task)
  return hasResultFile(task) && !unreachable
}
