import { useQuery } from '@tanstack/react-query'
import type { TaskAnnotation } from '../db/archiveDb.ts'
import { annotationsQuery } from '../archiveQueries.ts'

const NONE: Record<string, TaskAnnotation> = {}

export function useAnnotations(): Record<string, TaskAnnotation> {
  return useQuery(annotationsQuery).data ?? NONE
}

export function useAnnotation(taskId: string): TaskAnnotation | undefined {
  return useAnnotations()[taskId]
}
