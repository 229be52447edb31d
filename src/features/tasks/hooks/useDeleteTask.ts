import { useMutation, useQueryClient } from '@tanstack/react-query'
import { deleteTask } from '../../../api/arkClient.ts'
import { taskKeys } from '../../../api/taskQueries.ts'

/** DELETE: cancels a queued task, or removes a finished task's record; then the lists refresh. */
export function useDeleteTask() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: deleteTask,
    onSettled: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  })
}
