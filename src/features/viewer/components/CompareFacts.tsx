import { factRows } from '../load/factRows.ts'
import type { ModelFacts } from '../load/modelFacts.ts'

/** The rows a comparison shows: the facts panel's, less the animation clips. */
const LABELS = ['Triangles', 'Vertices', 'Meshes', 'Materials', 'Textures', 'Size (x × y × z)']

/** Two models' facts in two columns; a row whose values differ is marked. */
export function CompareFacts({ names, facts }: { names: [string, string]; facts: Array<ModelFacts | undefined> }) {
  const rowsBySide = facts.map((f) => (f ? new Map(factRows(f)) : undefined))
  return (
    <table
      className="w-full border-collapse text-[13px] [&_:is(th,td)]:border-b [&_:is(th,td)]:border-border [&_:is(th,td)]:py-[3px] [&_:is(th,td)]:pr-2"
      aria-label="Facts side by side"
    >
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
        {LABELS.map((label) => {
          const values = rowsBySide.map((rows) => rows?.get(label) ?? '…')
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
