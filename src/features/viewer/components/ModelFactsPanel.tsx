import { formatBytes } from '../../../lib/formatBytes.ts'
import { factRows } from '../load/factRows.ts'
import type { ModelFacts } from '../load/modelFacts.ts'
import type { GpuMemory } from './ViewerScene.tsx'

interface Props {
  zipBytes: number
  modelBytes: number
  facts?: ModelFacts
  memory?: GpuMemory
}

export function ModelFactsPanel({ zipBytes, modelBytes, facts, memory }: Props) {
  const rows: Array<[string, string]> = [
    ['Zip', formatBytes(zipBytes)],
    ['Model file', formatBytes(modelBytes)],
  ]
  if (facts) rows.push(...factRows(facts))
  if (memory) rows.push(['GPU memory', `${memory.geometries} geometries, ${memory.textures} textures`])
  return (
    <dl className="fields model-facts" aria-label="Model facts">
      {rows.map(([label, value]) => (
        <div key={label} data-fact={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  )
}
