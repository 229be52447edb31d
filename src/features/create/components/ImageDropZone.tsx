import { ImagePlusIcon, XIcon } from 'lucide-react'
import { useRef, useState, type DragEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import type { PickedImage } from '../input/pickedImages.ts'

/** Drop, paste or pick images; each shows as a preview, or with why Ark would not take it. */
export function ImageDropZone({
  images,
  onAdd,
  onRemove,
}: {
  images: PickedImage[]
  onAdd: (files: File[]) => void
  onRemove: (key: string) => void
}) {
  const input = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    onAdd([...event.dataTransfer.files])
  }
  return (
    <div className="flex flex-col gap-2">
      <div
        data-testid="image-drop-zone"
        onDragOver={(event) => {
          event.preventDefault()
          setOver(true)
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        className={cn(
          'flex flex-col items-center gap-2 rounded-md border border-dashed border-border px-3 py-4 text-center text-[13px] text-muted-foreground',
          over && 'border-ring bg-accent',
        )}
      >
        <ImagePlusIcon aria-hidden="true" className="size-6" />
        <span>Drop images here, paste them, or</span>
        <Button type="button" variant="outline" size="sm" onClick={() => input.current?.click()}>
          Choose images…
        </Button>
        <span>jpg, png, webp or bmp · up to 10 MB · under 4096 × 4096 px · one task per image</span>
        <input
          ref={input}
          type="file"
          accept="image/png,image/jpeg,image/webp,image/bmp"
          multiple
          className="sr-only"
          tabIndex={-1}
          aria-label="Images to make 3D models from"
          onChange={(event) => {
            onAdd([...(event.target.files ?? [])])
            event.target.value = ''
          }}
        />
      </div>
      {images.length > 0 && (
        <ul
          aria-label="Chosen images"
          className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(96px,1fr))] gap-2 p-0"
        >
          {images.map((image) => (
            <li
              key={image.key}
              className={cn(
                'relative flex flex-col gap-1 rounded-md border border-border p-1 text-[12px]',
                image.check && !image.check.ok && 'border-(--bad)',
              )}
            >
              {image.previewUrl ? (
                <img
                  src={image.previewUrl}
                  alt={image.file.name}
                  className="aspect-square w-full rounded object-cover"
                />
              ) : (
                <span className="grid aspect-square w-full place-items-center rounded bg-muted" aria-hidden="true">
                  {image.check ? '✕' : '…'}
                </span>
              )}
              <span className="truncate" title={image.file.name}>
                {image.file.name}
              </span>
              {!image.check && <span className="text-muted-foreground">Checking…</span>}
              {image.check?.ok && (
                <span className="text-muted-foreground">
                  {image.check.width} × {image.check.height} · {formatBytes(image.check.bytes)}
                </span>
              )}
              {image.check && !image.check.ok && (
                <span role="alert" className="text-(--error-fg)">
                  Not sent: {image.check.reason}
                </span>
              )}
              <Button
                type="button"
                variant="ghost"
                size="icon"
                className="absolute top-1 right-1 size-6 bg-background/80"
                aria-label={`Remove ${image.file.name}`}
                onClick={() => onRemove(image.key)}
              >
                <XIcon />
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
