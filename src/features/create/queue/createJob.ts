import type { FileFormat, SubdivisionLevel } from '../../../api/modelCatalog.ts'

/** One task to create: waiting its turn, on its way, at Ark, or stopped with a reason. */
export interface CreateJob {
  id: string
  addedAt: number
  model: string
  prompt?: string
  level?: SubdivisionLevel
  format?: FileFormat
  image?: { blob: Blob; name: string; mediaType: string; width: number; height: number }
  /**
   * `waiting`: not sent yet. `sending`: its request is out. `atArk`: Ark made the task.
   * `uncertain`: the request may have made a task; the user decides. `refused`: surely no task.
   * `done`: the task finished at Ark. `cancelled`: taken out before it was sent.
   */
  state: 'waiting' | 'sending' | 'atArk' | 'uncertain' | 'refused' | 'done' | 'cancelled'
  taskId?: string
  /** The task's last status at Ark, while it is there. */
  taskStatus?: string
  sentAt?: number
  /** Why it is waiting again, uncertain or refused. */
  reason?: string
  /** Not sent again before this time (a 429's Retry-After, a backoff). */
  notBefore?: number
  attempts: number
  /** Tasks Ark made around an uncertain request with the same model and options. */
  candidates?: { id: string; createdAt: number }[]
  /** The task this one was generated again from. */
  generatedFrom?: string
}

export const jobIsOpen = (job: CreateJob) => job.state === 'waiting' || job.state === 'sending' || job.state === 'atArk'
