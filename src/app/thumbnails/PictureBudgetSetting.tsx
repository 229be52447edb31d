import { useId } from 'react'
import { Input } from '../../components/ui/input.tsx'
import { formatBytes } from '../../lib/formatBytes.ts'
import { dailyLimit, usePictureBudget } from './pictureBudget.ts'

const GB = 1024 ** 3

/** Today's downloads for pictures against the daily budget, which the user sets here in GB. */
export function PictureBudgetSetting() {
  const { spent, limit } = usePictureBudget()
  const id = useId()
  return (
    <p className="m-0 flex basis-full flex-wrap items-center gap-x-2 gap-y-1">
      <label htmlFor={id}>Pictures may download</label>
      <Input
        id={id}
        type="number"
        min={0}
        step={0.5}
        inputMode="decimal"
        className="w-20"
        value={Number((limit / GB).toFixed(2))}
        onChange={(event) => {
          const gb = event.currentTarget.valueAsNumber
          if (Number.isFinite(gb) && gb >= 0) dailyLimit.set(Math.round(gb * GB))
        }}
      />
      <span>GB a day; {formatBytes(spent)} today. Saved results need no download.</span>
    </p>
  )
}
