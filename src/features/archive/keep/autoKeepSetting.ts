import { storedValue } from '../../../lib/storedValue.ts'

/** Auto-keep, read outside React by the recorder: on, and since when (only results that finish later are "new"). */
export interface AutoKeepSetting {
  on: boolean
  since: number
}

const setting = storedValue<AutoKeepSetting>(
  'autoKeep',
  { on: false, since: 0 },
  (value) =>
    typeof (value as AutoKeepSetting | null)?.on === 'boolean' &&
    typeof (value as AutoKeepSetting | null)?.since === 'number',
)

export const autoKeepSetting = setting.get
export const subscribeAutoKeep = setting.subscribe
export const setAutoKeep = (on: boolean) => setting.set({ on, since: on ? Date.now() : 0 })
