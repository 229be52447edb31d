import { KeyboardIcon, Settings2Icon } from 'lucide-react'
import { Button } from '../../components/ui/button.tsx'
import { Checkbox } from '../../components/ui/checkbox.tsx'
import { Popover, PopoverContent, PopoverTrigger } from '../../components/ui/popover.tsx'
import { AutoKeepToggle } from '../../features/archive/index.ts'

interface Props {
  notify: { on: boolean; set: (on: boolean) => Promise<void> | void }
  /** Opens the shortcuts; absent on a touch screen, which has no keyboard to take them from. */
  onShortcuts?: () => void
}

/** The screen's settings, behind one button: they are set once, not used on every visit. */
export function ScreenOptions({ notify, onShortcuts }: Props) {
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button size="sm" variant="ghost" aria-label="Options">
          <Settings2Icon />
          <span className="max-sm:sr-only">Options</span>
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="grid w-auto gap-2.5">
        <label className="flex items-center gap-2">
          <Checkbox checked={notify.on} onCheckedChange={(on) => void notify.set(on)} />
          Notify when tasks finish
        </label>
        <AutoKeepToggle />
        {onShortcuts && (
          <Button size="sm" variant="outline" className="justify-self-start" onClick={onShortcuts}>
            <KeyboardIcon />
            Keyboard shortcuts (?)
          </Button>
        )}
      </PopoverContent>
    </Popover>
  )
}
