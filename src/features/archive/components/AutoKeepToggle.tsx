import { memo, useSyncExternalStore } from 'react'
import { autoKeepSetting, setAutoKeep, subscribeAutoKeep } from '../keep/autoKeepSetting.ts'

export const AutoKeepToggle = memo(function AutoKeepToggle() {
  const setting = useSyncExternalStore(subscribeAutoKeep, autoKeepSetting)
  return (
    <label
      className="notify-toggle"
      title="Stores each 3D result that finishes from now on, as soon as the dashboard sees it"
    >
      <input type="checkbox" checked={setting.on} onChange={(e) => setAutoKeep(e.target.checked)} /> Auto-keep new 3D
      results
    </label>
  )
})
