import { XIcon } from 'lucide-react'
import { useState } from 'react'
import { annotate } from '../db/annotations.ts'
import { StarToggle } from './StarToggle.tsx'
import { TaskName } from './TaskName.tsx'
import { useAnnotation } from './useAnnotations.ts'

const fieldClass =
  'min-w-0 rounded-md border border-input bg-background px-2 text-[13px] outline-none focus-visible:ring-[3px] focus-visible:ring-ring/60'

/** The detail's line of what the user says of a task: star, name, tags and a note. */
export function AnnotationPanel({ taskId }: { taskId: string }) {
  const annotation = useAnnotation(taskId)
  const tags = annotation?.tags ?? []
  const [tagText, setTagText] = useState('')
  const addTags = () => {
    const added = tagText.split(',')
    setTagText('')
    if (added.some((tag) => tag.trim())) void annotate(taskId, { tags: [...tags, ...added] })
  }
  return (
    <section aria-label="Name, star, tags and note" className="grid gap-1.5 border-b border-border pt-1 pb-2">
      <div className="flex min-w-0 items-center gap-1">
        <StarToggle taskId={taskId} />
        <TaskName
          taskId={taskId}
          listensForRename
          className="flex-1"
          fallback={<span className="text-[13px] text-muted-foreground">No name</span>}
        />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <ul aria-label="Tags" className="flex list-none flex-wrap gap-1 p-0">
          {tags.map((tag) => (
            <li
              key={tag}
              className="flex items-center gap-0.5 rounded-full border border-border bg-secondary py-0.5 pr-0.5 pl-2 text-[12px]"
            >
              {tag}
              <button
                type="button"
                aria-label={`Remove tag ${tag}`}
                className="m-0 border-0 bg-transparent p-0 font-sans text-current grid size-4 cursor-pointer place-items-center rounded-full text-muted-foreground outline-none hover:bg-accent focus-visible:ring-2 focus-visible:ring-ring/60"
                onClick={() => void annotate(taskId, { tags: tags.filter((t) => t !== tag) })}
              >
                <XIcon className="size-3" />
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label="Add a tag"
          placeholder="Add a tag…"
          value={tagText}
          maxLength={200}
          className={`${fieldClass} h-7 w-36`}
          onChange={(event) => setTagText(event.target.value)}
          onKeyDown={(event) => {
            event.stopPropagation()
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault()
              addTags()
            }
          }}
          onBlur={addTags}
        />
      </div>
      <textarea
        key={annotation?.note ?? ''}
        aria-label="Note"
        placeholder="A note…"
        defaultValue={annotation?.note ?? ''}
        rows={1}
        maxLength={2000}
        className={`${fieldClass} field-sizing-content min-h-7 py-1 font-sans`}
        onKeyDown={(event) => event.stopPropagation()}
        onBlur={(event) => {
          if (event.target.value.trim() !== (annotation?.note ?? ''))
            void annotate(taskId, { note: event.target.value })
        }}
      />
    </section>
  )
}
