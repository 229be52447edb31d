import { NativeSelect } from '../../../components/ui/native-select.tsx'
import { Checkbox } from '../../../components/ui/checkbox.tsx'
import { CameraIcon, EyeIcon, MaximizeIcon, RotateCcwIcon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx'
import { DISPLAY_MODE_LABELS, DISPLAY_MODES, isDisplayMode, type DisplayMode } from '../inspect/displayModes.ts'
import type { ViewerSettings } from './viewerSettings.ts'

interface Props {
  settings: ViewerSettings
  onSettings: (next: ViewerSettings) => void
  display: DisplayMode
  onDisplay: (mode: DisplayMode) => void
  onReset: () => void
  onFullscreen: () => void
  onScreenshot: () => void
}

const OVERLAYS = [
  ['wireframe', 'Wireframe'],
  ['bounds', 'Bounds and dimensions'],
  ['axes', 'Axes'],
] as const

export function ViewerToolbar({
  settings,
  onSettings,
  display,
  onDisplay,
  onReset,
  onFullscreen,
  onScreenshot,
}: Props) {
  const toggle = (key: 'grid' | 'autoRotate', label: string) => (
    <label className="flex items-center gap-1">
      <Checkbox checked={settings[key]} onCheckedChange={(checked) => onSettings({ ...settings, [key]: checked })} />
      {label}
    </label>
  )
  const overlayCount = OVERLAYS.filter(([key]) => settings[key]).length
  return (
    <div
      className="my-1.5 flex flex-wrap items-center gap-x-2.5 gap-y-1.5 text-[12.5px]"
      role="toolbar"
      aria-label="Viewer"
    >
      {/* Not modal: a modal menu hides the page from assistive technology while it still has tab stops. */}
      <DropdownMenu modal={false}>
        <DropdownMenuTrigger asChild>
          <Button size="sm" aria-label={`Display: ${DISPLAY_MODE_LABELS[display]}`}>
            <EyeIcon />
            {DISPLAY_MODE_LABELS[display]}
            {overlayCount > 0 && <span className="text-muted-foreground">+{overlayCount}</span>}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="start">
          <DropdownMenuLabel>Display</DropdownMenuLabel>
          <DropdownMenuRadioGroup value={display} onValueChange={(v) => isDisplayMode(v) && onDisplay(v)}>
            {DISPLAY_MODES.map((mode) => (
              <DropdownMenuRadioItem key={mode} value={mode}>
                {DISPLAY_MODE_LABELS[mode]}
              </DropdownMenuRadioItem>
            ))}
          </DropdownMenuRadioGroup>
          <DropdownMenuSeparator />
          <DropdownMenuLabel>Overlays</DropdownMenuLabel>
          {OVERLAYS.map(([key, label]) => (
            <DropdownMenuCheckboxItem
              key={key}
              checked={settings[key]}
              onCheckedChange={(checked) => onSettings({ ...settings, [key]: checked === true })}
              onSelect={(event) => event.preventDefault()}
            >
              {label}
            </DropdownMenuCheckboxItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      {toggle('grid', 'Grid')}
      {toggle('autoRotate', 'Auto-rotate')}
      <label className="flex items-center gap-1.5">
        Background
        <NativeSelect
          className="[&_select]:h-7"
          value={settings.background}
          onChange={(e) => onSettings({ ...settings, background: e.target.value as ViewerSettings['background'] })}
        >
          <option value="dark">Dark</option>
          <option value="light">Light</option>
          <option value="transparent">Transparent</option>
        </NativeSelect>
      </label>
      <Button size="sm" variant="ghost" onClick={onReset}>
        <RotateCcwIcon />
        <span className="max-sm:sr-only">Reset view</span>
      </Button>
      <Button size="sm" variant="ghost" onClick={onFullscreen}>
        <MaximizeIcon />
        <span className="max-sm:sr-only">Fullscreen</span>
      </Button>
      <Button size="sm" variant="ghost" onClick={onScreenshot}>
        <CameraIcon />
        <span className="max-sm:sr-only">Screenshot (PNG)</span>
      </Button>
    </div>
  )
}
