import { cn } from '../../../lib/cn.ts'
import { factListClasses } from '../../../components/ui/factList.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { factRows } from '../load/factRows.ts'
import type { ModelFacts } from '../load/modelFacts.ts'

interface Props {
  zipBytes: number
  modelBytes: number
  facts?: ModelFacts
}

export function ModelFactsPanel({ zipBytes, modelBytes, facts }: Props) {
  const rows: Array<[string, string]> = [
    ['Zip', formatBytes(zipBytes)],
    ['Model file', formatBytes(modelBytes)],
  ]
  if (facts) rows.push(...factRows(facts))
  return (
    <dl className={cn(factListClasses, '[&>div]:grid-cols-[120px_1fr]')} aria-label="Model facts">
      {rows.map(([label, value]) => (
        <div key={label} data-fact={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
