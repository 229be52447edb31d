import { storedValue, useStoredValue } from '../../lib/storedValue.ts'

/** What pictures may download in a day unless the user says otherwise. */
export const DEFAULT_DAILY_BYTES = 1024 ** 3

const isSize = (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0
const isSpend = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Spend).day === 'string' &&
  isSize((value as Spend).bytes)

interface Spend {
  /** The local date, `YYYY-MM-DD`: the budget starts again each day. */
  day: string
  bytes: number
}

export const dailyLimit = storedValue<number>('pictureBudgetBytes', DEFAULT_DAILY_BYTES, isSize)
const spend = storedValue<Spend>('pictureSpend', { day: '', bytes: 0 }, isSpend)

const today = (now = new Date()) =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`

/** Bytes downloaded for pictures today. */
export const spentToday = (): number => (spend.get().day === today() ? spend.get().bytes : 0)

export function recordSpend(bytes: number): void {
  spend.set((previous) => ({ day: today(), bytes: (previous.day === today() ? previous.bytes : 0) + bytes }))
}

/** Whether a picture may start a download now: one file may pass the limit, none starts after it. */
export const budgetLeft = (): boolean => spentToday() < dailyLimit.get()

/** Today's spend and the limit, for the settings line. */
export function usePictureBudget() {
  useStoredValue(spend)
  return { spent: spentToday(), limit: useStoredValue(dailyLimit) }
}
