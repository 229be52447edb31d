import { useLocalStorage } from '../../lib/useLocalStorage.ts'

/** "Notify when tasks finish": remembered, and asking the browser's permission when switched on. */
export function useNotifyWhenFinished() {
  const [on, setOn] = useLocalStorage<boolean>('notify', false)
  const set = async (wanted: boolean) => {
    if (wanted && 'Notification' in window && Notification.permission === 'default')
      await Notification.requestPermission()
    setOn(wanted)
  }
  return { on, set }
}
