import { useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import type { ModelCandidate } from '../load/pickModels.ts'
import type { ValidationResponse } from '../validate/validationProtocol.ts'
import { validateInWorker } from '../validate/validateInWorker.ts'
import { imageTypesOf, summarizeValidation } from '../validate/validationSummary.ts'
import { plural } from '../../../lib/plural.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

const NOT_VALIDATED: Record<string, string> = {
  obj: 'OBJ is not validated: the Khronos glTF-Validator reads glTF and GLB only, and OBJ has no official validator. Download as GLB (Export) and validate that.',
  usdz: 'USDZ is not validated: USD has its own checker (Pixar’s usdchecker), which does not run in a browser. Download as GLB (Export) and validate that.',
  usd: 'USD is not validated: USD has its own checker (Pixar’s usdchecker), which does not run in a browser. Download as GLB (Export) and validate that.',
}

const SEVERITY_CLASS = {
  error: 'text-destructive',
  warning: 'text-warning',
  info: 'text-info',
  hint: 'text-muted-foreground',
} as const

type Report = Extract<ValidationResponse, { ok: true }>

/** A verdict, the messages grouped by code, and the validator's own limits set apart. */
function ValidationReport({
  report,
  imageTypes,
  fileName,
}: {
  report: Report
  imageTypes: string[]
  fileName: string
}) {
  const totals = {
    error: report.counts.errors,
    warning: report.counts.warnings,
    info: report.counts.infos,
    hint: report.counts.hints,
  }
  const summary = summarizeValidation(report.messages, imageTypes, totals)
  const { counts, limits } = summary
  const tally = `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'info')}, ${plural(counts.hint, 'hint')}`
  const unread = [...limits.extensions, ...limits.imageTypes.map((t) => `${t} images`)]
  return (
    <section aria-label="Validation report" className="flex flex-col gap-2">
      <p role="status" data-validation-verdict={summary.valid ? 'valid' : 'invalid'}>
        <strong className={summary.valid ? 'text-success' : 'text-destructive'}>
          {summary.valid ? `${fileName} is valid glTF 2.0` : `${fileName} is not valid glTF 2.0`}
        </strong>
        : {tally}. <span className="text-muted-foreground">(glTF-Validator {report.validatorVersion})</span>
      </p>
      {limits.count > 0 && (
        <p role="note" aria-label="Validator limits" className="text-muted-foreground">
          Not counted: {plural(limits.count, 'message')} about what this validator cannot read ({unread.join(', ')}).
          The viewer reads them; these messages say nothing about the file.
        </p>
      )}
      {summary.groups.length > 0 && (
        <ol className="max-h-72 overflow-auto rounded-md border border-border" aria-label="Validation messages">
          {summary.groups.map((group) => (
            <li
              key={`${group.severity} ${group.code}`}
              className="border-b border-border px-2 py-1 last:border-0"
              data-severity={group.severity}
            >
              <span className={`font-medium ${SEVERITY_CLASS[group.severity]}`}>{group.severity}</span>{' '}
              <code className="font-mono text-[12.5px]">{group.code}</code>
              {group.count > 1 && <span className="text-muted-foreground"> ×{group.count}</span>} {group.message}
              {group.pointers.length > 0 && (
                <code className="font-mono text-[12.5px] text-muted-foreground">
                  {' '}
                  at {group.pointers.slice(0, 3).join(', ')}
                  {group.pointers.length > 3 ? ` and ${group.pointers.length - 3} more` : ''}
                </code>
              )}
            </li>
          ))}
        </ol>
      )}
      {report.truncated && (
        <p className="text-muted-foreground">The validator listed the first 500 messages; the counts are whole.</p>
      )}
    </section>
  )
}

/** The official glTF validator, on request, in a worker: counts, then each message with its pointer. */
export function ValidationPanel({
  candidate,
  files,
}: {
  candidate: ModelCandidate
  files: Record<string, ArrayBuffer>
}) {
  const [state, setState] = useState<
    { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; report: ValidationResponse }
  >({ phase: 'idle' })
  const notValidated = NOT_VALIDATED[candidate.format]
  if (notValidated)
    return (
      <p className="text-[13px]" role="note">
        {notValidated}
      </p>
    )

  const run = async () => {
    setState({ phase: 'running' })
    try {
      setState({ phase: 'done', report: await validateInWorker(candidate.path, files) })
    } catch (error) {
      setState({ phase: 'done', report: { ok: false, message: errorMessage(error) } })
    }
  }
  return (
    <div className="flex flex-col gap-2 text-[13px]">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => void run()} disabled={state.phase === 'running'}>
          {state.phase === 'done' ? 'Validate again' : 'Validate with glTF-Validator'}
        </Button>
        <span className="text-muted-foreground">
          {state.phase === 'running'
            ? 'Validating…'
            : `Khronos’s official validator checks ${candidate.path.split('/').pop()} against the glTF 2.0 specification, on this machine.`}
        </span>
      </div>
      {state.phase === 'done' && !state.report.ok && (
        <p role="alert" className="text-destructive">
          The validator could not run: {state.report.message}
        </p>
      )}
      {state.phase === 'done' && state.report.ok && (
        <ValidationReport
          report={state.report}
          imageTypes={imageTypesOf(files[candidate.path]!)}
          fileName={candidate.path.split('/').pop()!}
        />
      )}
    </div>
  )
}
