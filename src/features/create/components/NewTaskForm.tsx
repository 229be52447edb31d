import { useState, type FormEvent } from 'react'
import { catalogEntry, MODEL_CATALOG, type FileFormat, type SubdivisionLevel } from '../../../api/modelCatalog.ts'
import { Button } from '../../../components/ui/button.tsx'
import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { Textarea } from '../../../components/ui/textarea.tsx'
import { costSentence } from '../input/costOf.ts'
import { lastCreateChoices, type CreateChoices } from '../input/createDefaults.ts'
import type { PickedImage } from '../input/pickedImages.ts'
import { ImageDropZone } from './ImageDropZone.tsx'

export interface NewTasksRequest extends CreateChoices {
  prompt?: string
  images: PickedImage[]
}

const label = 'flex flex-col gap-1 text-[13px] font-medium'

/** Chooses a model, its level and format, the images (and a prompt where the model takes one). */
export function NewTaskForm({
  images,
  onAddImages,
  onRemoveImage,
  onSubmit,
}: {
  images: PickedImage[]
  onAddImages: (files: File[]) => void
  onRemoveImage: (key: string) => void
  onSubmit: (request: NewTasksRequest) => void
}) {
  const [choices, setChoices] = useState<CreateChoices>(() => fitChoices(lastCreateChoices.get()))
  const [prompt, setPrompt] = useState('')
  const entry = catalogEntry(choices.model)!
  const usable = images.filter((image) => image.check?.ok)
  const checking = images.some((image) => !image.check)
  const withText = entry.takes.text && prompt.trim() !== ''
  const tasks = usable.length > 0 ? usable.length : withText && entry.takes.image === 'optional' ? 1 : 0
  const choose = (change: Partial<CreateChoices>) => setChoices((c) => fitChoices({ ...c, ...change }))

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (tasks === 0 || checking) return
    lastCreateChoices.set(choices)
    onSubmit({ ...choices, prompt: withText ? prompt.trim() : undefined, images: usable })
    setPrompt('')
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" aria-label="New task">
      <div className="grid grid-cols-[1fr_1.3fr_0.7fr] gap-2 max-sm:grid-cols-1">
        <label className={label}>
          Model
          <NativeSelect value={choices.model} onChange={(e) => choose({ model: e.target.value })}>
            {MODEL_CATALOG.map((model) => (
              <option key={model.name} value={model.name}>
                {model.label}
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className={label}>
          Level
          <NativeSelect
            value={choices.level ?? ''}
            disabled={entry.levels.length === 0}
            onChange={(e) => choose({ level: e.target.value as SubdivisionLevel })}
          >
            {entry.levels.length === 0 && <option value="">The model’s own</option>}
            {entry.levels.map(({ level, faces }) => (
              <option key={level} value={level}>
                {faces} faces ({level})
              </option>
            ))}
          </NativeSelect>
        </label>
        <label className={label}>
          Format
          <NativeSelect value={choices.format} onChange={(e) => choose({ format: e.target.value as FileFormat })}>
            {entry.formats.map((format) => (
              <option key={format} value={format}>
                {format}
              </option>
            ))}
          </NativeSelect>
        </label>
      </div>
      <p className="m-0 -mt-1.5 text-[12px] text-muted-foreground">
        <code>{entry.name}</code>
        {entry.requestsPerMinute
          ? ` · Ark takes ${entry.requestsPerMinute} a minute, runs ${entry.runningAtOnce} at once`
          : ''}
      </p>
      {entry.takes.text && (
        <label className={label}>
          Prompt{entry.takes.image === 'optional' ? ' (or images, or both)' : ''}
          <Textarea value={prompt} maxLength={1500} rows={2} onChange={(e) => setPrompt(e.target.value)} />
        </label>
      )}
      <ImageDropZone images={images} onAdd={onAddImages} onRemove={onRemoveImage} />
      <p className="m-0 text-[13px]" aria-live="polite" data-testid="create-cost">
        {tasks > 0 ? costSentence(choices.model, tasks) : 'Choose at least one image Ark can take.'}
      </p>
      <div className="flex justify-end">
        <Button type="submit" variant="default" disabled={tasks === 0 || checking}>
          {tasks > 1 ? `Create ${tasks} tasks` : 'Create task'}
        </Button>
      </div>
    </form>
  )
}

/** The level and format kept only where the model has them; otherwise its first. */
function fitChoices(choices: CreateChoices): CreateChoices {
  const entry = catalogEntry(choices.model) ?? MODEL_CATALOG[0]!
  const level = entry.levels.some((l) => l.level === choices.level) ? choices.level : entry.levels[1]?.level
  const format = choices.format && entry.formats.includes(choices.format) ? choices.format : entry.formats[0]
  return { model: entry.name, level, format }
}
