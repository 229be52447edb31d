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
    <div className="animation-controls" role="group" aria-label="Animation">
      <select aria-label="Animation clip" value={clip.index} onChange={(e) => onClip(Number(e.target.value))}>
        {clips.map((c, i) => (
          <option key={c.name + i} value={i}>
            {c.name} ({c.seconds.toFixed(1)} s)
          </option>
        ))}
      </select>
      <Button size="sm" variant="outline" onClick={onToggle}>
        {clip.playing ? <PauseIcon /> : <PlayIcon />}
        {clip.playing ? 'Pause' : 'Play'}
      </Button>
    </div>
  )
}
