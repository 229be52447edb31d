import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { PauseIcon, PlayIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'

/** The model's animation clips: which one, and play or pause. */
export function AnimationControls({
  clips,
  clip,
  onClip,
  onToggle,
}: {
  clips: Array<{ name: string; seconds: number }>
  clip: { index: number; playing: boolean }
  onClip: (index: number) => void
  onToggle: () => void
}) {
  return (
    <div
      className="my-1.5 flex flex-wrap items-center gap-x-2.5 gap-y-1.5 text-[12.5px]"
      role="group"
      aria-label="Animation"
    >
      <NativeSelect
        className="[&_select]:h-7"
        aria-label="Animation clip"
        value={clip.index}
        onChange={(e) => onClip(Number(e.target.value))}
      >
        {clips.map((c, i) => (
          <option key={c.name + i} value={i}>
            {c.name} ({c.seconds.toFixed(1)} s)
          </option>
        ))}
      </NativeSelect>
      <Button size="sm" variant="outline" onClick={onToggle}>
        {clip.playing ? <PauseIcon /> : <PlayIcon />}
        {clip.playing ? 'Pause' : 'Play'}
      </Button>
    </div>
  )
}
