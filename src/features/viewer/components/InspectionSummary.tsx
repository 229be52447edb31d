import { factListClasses } from '../../../components/ui/factList.ts'
import { LightbulbIcon } from 'lucide-react'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import type { Inspection } from '../inspect/inspectionHints.ts'

/** The cost of drawing the model in figures, then advice in plain words. */
export function InspectionSummary({ inspection }: { inspection: Inspection }) {
  return (
    <section aria-label="Inspection" className="flex flex-col gap-1.5 text-[13px]">
      <dl className={factListClasses}>
        <div data-fact="Draw calls">
          <dt>Draw calls</dt>
          <dd>{formatCount(inspection.drawCalls)}</dd>
        </div>
        <div data-fact="GPU texture memory">
          <dt>GPU texture memory</dt>
          <dd>{inspection.gpuTextureBytes ? formatBytes(inspection.gpuTextureBytes) : 'none (no textures)'}</dd>
        </div>
      </dl>
      {inspection.hints.length > 0 ? (
        <ul className="flex flex-col gap-1" aria-label="Hints">
          {inspection.hints.map((hint) => (
            <li key={hint} className="flex items-start gap-1.5">
              <LightbulbIcon className="mt-0.5 size-3.5 shrink-0 text-warning" aria-hidden="true" />
              {hint}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted-foreground">No suggestions: nothing here costs more than it needs to.</p>
      )}
    </section>
  )
}
