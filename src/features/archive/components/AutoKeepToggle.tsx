import { memo, useSyncExternalStore } from 'react'
import { Checkbox } from '../../../components/ui/checkbox.tsx'
import { autoKeepSetting, setAutoKeep, subscribeAutoKeep } from '../keep/autoKeepSetting.ts'

export const AutoKeepToggle = memo(function AutoKeepToggle() {
  const setting = useSyncExternalStore(subscribeAutoKeep, autoKeepSetting)
  return (
    <label
      className="flex items-center gap-2"
      title="Stores each 3D result that finishes from now on, as soon as the dashboard sees it"
    >
      <Checkbox checked={setting.on} onCheckedChange={setAutoKeep} />
      Auto-save new 3D results
    </label>
  )
})
