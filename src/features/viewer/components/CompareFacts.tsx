import { formatCount } from '../../../lib/formatNumber.ts'
import type { ModelFacts } from '../load/modelFacts.ts'

const size = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3))

const ROWS: Array<[string, (f: ModelFacts) => string]> = [
  ['Triangles', (f) => formatCount(f.triangles)],
  ['Vertices', (f) => formatCount(f.vertices)],
  ['Meshes', (f) => formatCount(f.meshes)],
  ['Materials', (f) => formatCount(f.materials)],
  ['Textures', (f) => (f.textures.length ? f.textures.map((t) => `${t.width}×${t.height}`).join(', ') : 'none')],
  ['Size (x × y × z)', (f) => `${size(f.size.x)} × ${size(f.size.y)} × ${size(f.size.z)}`],
]

/** Two models' facts in two columns; a row whose values differ is marked. */
export function CompareFacts({ names, facts }: { names: [string, string]; facts: Array<ModelFacts | undefined> }) {
  return (
    <table className="compare-facts w-full text-[13px]" aria-label="Facts side by side">
      <thead>
        <tr>
          <th scope="col" className="text-left">
            Fact
          </th>
          {names.map((name) => (
            <th key={name} scope="col" className="text-left break-all">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map(([label, value]) => {
          const values = facts.map((f) => (f ? value(f) : '…'))
          const differs = facts.every(Boolean) && values[0] !== values[1]
          return (
            <tr key={label} data-compare-fact={label} data-differs={differs || undefined}>
              <th scope="row" className="text-left font-normal">
                {label}
                {differs && <span className="sr-only"> (differs)</span>}
              </th>
              {values.map((v, i) => (
                <td key={i} className={differs ? 'font-semibold text-warning' : undefined}>
                  {differs && <span aria-hidden="true">≠ </span>}
                  {v}
                </td>
              ))}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
