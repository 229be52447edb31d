import type { ColumnVisibilityState } from '@tanstack/react-table'
import { columnLabels, type TaskColumns } from '../taskColumns.tsx'

/** Which columns show; the choice is kept locally. The task ID always shows. */
export function ColumnPicker({
  columns,
  visibility,
  onChange,
}: {
  columns: TaskColumns
  visibility: ColumnVisibilityState
  onChange: (next: ColumnVisibilityState) => void
}) {
  return (
    <details className="column-picker">
      <summary>Columns</summary>
      <fieldset>
        <legend className="visually-hidden">Visible columns</legend>
        {columnLabels(columns)
          .filter(([id]) => id !== 'id')
          .map(([id, label]) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={visibility[id] !== false}
                onChange={(e) => onChange({ ...visibility, [id]: e.target.checked })}
              />{' '}
              {label}
            </label>
          ))}
      </fieldset>
    </details>
  )
}
