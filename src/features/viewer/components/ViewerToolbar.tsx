import type { ViewerSettings } from './viewerSettings.ts'

interface Props {
  settings: ViewerSettings
  onSettings: (next: ViewerSettings) => void
  onReset: () => void
  onFullscreen: () => void
  onScreenshot: () => void
}

export function ViewerToolbar({ settings, onSettings, onReset, onFullscreen, onScreenshot }: Props) {
  const toggle = (key: 'wireframe' | 'grid' | 'autoRotate', label: string) => (
    <label>
      <input
        type="checkbox"
        checked={settings[key]}
        onChange={(e) => onSettings({ ...settings, [key]: e.target.checked })}
      />{' '}
      {label}
    </label>
  )
  return (
    <div className="viewer-toolbar" role="toolbar" aria-label="Viewer">
      {toggle('wireframe', 'Wireframe')}
      {toggle('grid', 'Grid')}
      {toggle('autoRotate', 'Auto-rotate')}
      <label>
        Background{' '}
        <select
          value={settings.background}
          onChange={(e) => onSettings({ ...settings, background: e.target.value as ViewerSettings['background'] })}
        >
          <option value="dark">Dark</option>
          <option value="light">Light</option>
          <option value="transparent">Transparent</option>
        </select>
      </label>
      <button type="button" onClick={onReset}>
        Reset view
      </button>
      <button type="button" onClick={onFullscreen}>
        Fullscreen
      </button>
      <button type="button" onClick={onScreenshot}>
        Screenshot (PNG)
      </button>
    </div>
  )
}
