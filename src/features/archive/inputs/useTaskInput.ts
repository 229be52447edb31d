import { useQuery } from '@tanstack/react-query'
import { taskInputQuery } from '../archiveQueries.ts'

/** The prompt, options and origin of a task created here, read from its kept input. */
export function useTaskInput(taskId: string) {
  return useQuery(taskInputQuery(taskId)).data ?? undefined
}
