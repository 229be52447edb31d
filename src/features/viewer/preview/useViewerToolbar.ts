import type { ComponentProps, RefObject } from 'react'
import { useLocalStorage } from '../../../lib/useLocalStorage.ts'
import type { DisplayMode } from '../inspect/displayModes.ts'
import { DEFAULT_VIEWER_SETTINGS, type ViewerSettings } from '../components/viewerSettings.ts'
import type { ViewerToolbar } from '../components/ViewerToolbar.tsx'

/**
 * The viewer toolbar's state and actions, the same for the preview and the comparison: the shared
 * settings, the display mode in the address, reset, fullscreen of the canvases, and a screenshot.
 */
export function useViewerToolbar({
  display,
  onDisplay,
  onReset,
  canvases,
  screenshot,
}: {
  display: DisplayMode
  onDisplay: (mode: DisplayMode | undefined) => void
  onReset: () => void
  canvases: RefObject<HTMLElement | null>
  screenshot: () => void
}) {
  const [stored, setSettings] = useLocalStorage<ViewerSettings>('viewer.settings', DEFAULT_VIEWER_SETTINGS)
  const settings = { ...DEFAULT_VIEWER_SETTINGS, ...stored }
  const toolbar: ComponentProps<typeof ViewerToolbar> = {
    settings,
    onSettings: setSettings,
    display,
    onDisplay: (mode) => onDisplay(mode === 'shaded' ? undefined : mode),
    onReset,
    onFullscreen: () => void canvases.current?.requestFullscreen?.(),
    onScreenshot: screenshot,
  }
  return { settings, toolbar }
}
