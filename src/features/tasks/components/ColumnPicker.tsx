import { memo } from 'react'
import type { ColumnVisibilityState } from '@tanstack/react-table'
import { Columns3Icon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import {
  DropdownMenu,
  DropdownMenuCheckboxItem,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '../../../components/ui/dropdown-menu.tsx'
import { columnLabels, type TaskColumns } from '../taskColumns.tsx'

/** Which columns show; the choice is kept locally. The task ID always shows. */
export const ColumnPicker = memo(function ColumnPicker({
  columns,
  visibility,
  onChange,
}: {
  columns: TaskColumns
  visibility: ColumnVisibilityState
  onChange: (next: ColumnVisibilityState) => void
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button>
          <Columns3Icon />
          Columns
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>Visible columns</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {columnLabels(columns)
          .filter(([id]) => id !== 'id')
          .map(([id, label]) => (
            <DropdownMenuCheckboxItem
              key={id}
              checked={visibility[id] !== false}
              // The menu stays open: several columns are often changed at once.
              onSelect={(event) => event.preventDefault()}
              onCheckedChange={(checked) => onChange({ ...visibility, [id]: checked })}
            >
              {label}
            </DropdownMenuCheckboxItem>
          ))}
      </DropdownMenuContent>
    </DropdownMenu>
  )
})
