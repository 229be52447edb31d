import { archiveDbName, saveTaskInput } from '../../features/archive/index.ts'
import { startCreateQueue, type CreateJob } from '../../features/create/index.ts'

/** Starts the create queue on this Ark's scope, keeping each task's input in the library beside it. */
export function startCreating() {
  return startCreateQueue({
    dbName: archiveDbName().replace(/^ark3d-archive:/, 'ark3d-create:'),
    keepInput: (job: CreateJob, taskId: string) =>
      saveTaskInput({
        taskId,
        model: job.model,
        image: job.image?.blob,
        imageName: job.image?.name,
        width: job.image?.width,
        height: job.image?.height,
        prompt: job.prompt,
        level: job.level,
        format: job.format,
        createdAt: Date.now(),
        generatedFrom: job.generatedFrom,
      }),
  })
}
