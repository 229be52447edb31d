import { Columns2Icon } from 'lucide-react'
import { Button } from '../../../components/ui/button.tsx'
import { ToggleGroup, ToggleGroupItem } from '../../../components/ui/toggle-group.tsx'
import type { ModelCandidate } from '../load/pickModels.ts'

/** The result's variants (Seed3D 2.0's pbr and rgb, GLBs made here), and the comparison of two. */
export function VariantSwitcher({
  models,
  variant,
  onVariant,
  comparing,
  onCompare,
}: {
  models: ModelCandidate[]
  variant: number
  onVariant: (index: number) => void
  comparing: boolean
  onCompare: () => void
}) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ToggleGroup
        type="single"
        aria-label="Variant"
        value={String(variant)}
        onValueChange={(value) => value && onVariant(Number(value))}
      >
        {models.map((model, index) => (
          <ToggleGroupItem key={model.path} value={String(index)}>
            {model.label}
          </ToggleGroupItem>
        ))}
      </ToggleGroup>
      <Button size="sm" variant={comparing ? 'secondary' : 'outline'} aria-pressed={comparing} onClick={onCompare}>
        <Columns2Icon />
        {comparing ? 'Close the comparison' : `Compare with ${models[variant === 0 ? 1 : 0]!.label}`}
      </Button>
    </div>
  )
}
