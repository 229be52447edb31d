import { formatCount } from '../../../lib/formatNumber.ts'
import { formatBytes } from '../../../lib/formatBytes.ts'
import type { ModelFacts } from '../load/modelFacts.ts'
import type { GpuMemory } from './ViewerScene.tsx'

interface Props {
  zipBytes: number
  modelBytes: number
  facts?: ModelFacts
  memory?: GpuMemory
}

const size = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3))

export function ModelFactsPanel({ zipBytes, modelBytes, facts, memory }: Props) {
  const rows: Array<[string, string]> = [
    ['Zip', formatBytes(zipBytes)],
    ['Model file', formatBytes(modelBytes)],
  ]
  if (facts) {
    rows.push(
      ['Triangles', formatCount(facts.triangles)],
      ['Vertices', formatCount(facts.vertices)],
      ['Meshes', formatCount(facts.meshes)],
      ['Materials', formatCount(facts.materials)],
      ['Textures', facts.textures.length ? facts.textures.map((t) => `${t.width}×${t.height}`).join(', ') : 'none'],
      ['Size (x × y × z)', `${size(facts.size.x)} × ${size(facts.size.y)} × ${size(facts.size.z)}`],
      [
        'Animation clips',
        facts.clips.length ? `${facts.clips.length}: ${facts.clips.map((c) => c.name).join(', ')}` : 'none',
      ],
    )
  }
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
