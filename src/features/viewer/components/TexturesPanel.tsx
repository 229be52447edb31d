import { useEffect, useMemo, useRef, useState } from 'react'
import type { WebGLRenderer } from 'three'
import { Dialog, DialogContent, DialogDescription, DialogTitle } from '../../../components/ui/dialog.tsx'
import { ToggleGroup, ToggleGroupItem } from '../../../components/ui/toggle-group.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { channelView, texturePixels, type Channel } from '../inspect/texturePixels.ts'
import type { TextureEntry, TextureInventory } from '../inspect/textureInventory.ts'

const CHANNELS: Channel[] = ['r', 'g', 'b', 'a']

/** Paints pixels into a canvas of their size; CSS scales it. */
function Pixels({ image, label, className }: { image: ImageData | undefined; label: string; className?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  useEffect(() => {
    if (!image || !canvas.current) return
    canvas.current.width = image.width
    canvas.current.height = image.height
    canvas.current.getContext('2d')!.putImageData(image, 0, 0)
  }, [image])
  // Without a label the picture repeats its button's name: decorative.
  return label ? (
    <canvas ref={canvas} role="img" aria-label={label} className={className} />
  ) : (
    <canvas ref={canvas} aria-hidden="true" className={className} />
  )
}

const resolution = (t: TextureEntry) => `${t.width}×${t.height}`

function TextureLarge({ entry, gl, onClose }: { entry: TextureEntry; gl: WebGLRenderer; onClose: () => void }) {
  const [channels, setChannels] = useState<Channel[]>(['r', 'g', 'b', 'a'])
  const full = useMemo(() => texturePixels(gl, entry.texture, 1024), [gl, entry])
  const shown = useMemo(() => channelView(full, new Set(channels)), [full, channels])
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-w-[min(92vw,900px)]">
        <DialogTitle>
          {entry.name} · {entry.slots.join(', ')}
        </DialogTitle>
        <DialogDescription>
          {resolution(entry)} {entry.format}
          {entry.fileBytes !== undefined && `, ${formatBytes(entry.fileBytes)} in the file`}, about{' '}
          {formatBytes(entry.gpuBytes)} on the GPU. Metallic-roughness keeps roughness in G and metalness in B;
          occlusion is R.
        </DialogDescription>
        <ToggleGroup
          type="multiple"
          aria-label="Channels"
          value={channels}
          onValueChange={(value) => value.length && setChannels(CHANNELS.filter((c) => value.includes(c)))}
        >
          {CHANNELS.map((c) => (
            <ToggleGroupItem key={c} value={c} aria-label={`Channel ${c.toUpperCase()}`}>
              {c.toUpperCase()}
            </ToggleGroupItem>
          ))}
        </ToggleGroup>
        <div className="checkerboard grid max-h-[65vh] place-items-center overflow-auto rounded-md">
          <Pixels
            image={shown}
            label={`${entry.name}, channels ${channels.join('').toUpperCase()}`}
            className="max-h-[62vh] max-w-full object-contain [image-rendering:pixelated]"
          />
        </div>
      </DialogContent>
    </Dialog>
  )
}

/** Each image the materials use, what it is for and what it costs; click one to look at its channels. */
export function TexturesPanel({ inventory, gl }: { inventory: TextureInventory; gl: WebGLRenderer | undefined }) {
  const [open, setOpen] = useState<TextureEntry>()
  const thumbnails = useMemo(
    () => (gl ? new Map(inventory.textures.map((t) => [t.key, texturePixels(gl, t.texture, 160)])) : undefined),
    [gl, inventory],
  )
  const byKey = new Map(inventory.textures.map((t) => [t.key, t]))
  if (inventory.textures.length === 0)
    return (
      <p className="text-muted-foreground text-[13px]">This model has no textures: its materials use plain colours.</p>
    )
  return (
    <div className="flex flex-col gap-3">
      <ul
        className="m-0 grid list-none grid-cols-[repeat(auto-fill,minmax(150px,1fr))] gap-2 p-0"
        aria-label="Textures"
      >
        {inventory.textures.map((t) => (
          <li key={t.key} data-texture={t.name}>
            <button
              type="button"
              className="m-0 font-sans text-current flex w-full cursor-pointer flex-col gap-1 rounded-md border border-border bg-card p-1.5 text-left text-[12px] hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/60 focus-visible:outline-none"
              onClick={() => setOpen(t)}
            >
              {/* Named by what it shows, after the image's name: a label of its own would leave the sizes out. */}
              <span className="sr-only">{t.name}: </span>
              <span className="checkerboard grid aspect-square place-items-center overflow-hidden rounded-sm">
                <Pixels image={thumbnails?.get(t.key)} label="" className="max-h-full max-w-full" />
              </span>
              <strong className="truncate">{t.slots.join(', ')}</strong>
              <span data-resolution>{resolution(t)}</span>
              <span className="text-muted-foreground">
                {t.format}
                {t.fileBytes !== undefined && ` · ${formatBytes(t.fileBytes)}`} · GPU {formatBytes(t.gpuBytes)}
              </span>
            </button>
          </li>
        ))}
      </ul>
      <table className="text-[12px]" aria-label="Materials">
        <thead>
          <tr>
            <th className="text-left">Material</th>
            <th className="text-left">Kind</th>
            <th className="text-left">Textures</th>
          </tr>
        </thead>
        <tbody>
          {inventory.materials.map((m, i) => (
            <tr key={m.name + i}>
              <td>{m.name}</td>
              <td>{m.kind}</td>
              <td>
                {m.textures.length
                  ? m.textures.map((use) => `${use.slot}: ${byKey.get(use.key)?.name ?? '?'}`).join(' · ')
                  : 'none'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && gl && <TextureLarge entry={open} gl={gl} onClose={() => setOpen(undefined)} />}
    </div>
  )
}
