import { useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import type { ModelCandidate } from '../load/pickModels.ts'
import type { ValidationResponse } from '../validate/validationProtocol.ts'
import { validateInWorker } from '../validate/validateInWorker.ts'

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
      setState({ phase: 'done', report: { ok: false, message: (error as Error).message } })
    }
  }
  return (
    <div className="flex flex-col gap-2 text-[13px]">
      <div className="flex flex-wrap items-center gap-2">
        <Button size="sm" onClick={() => void run()} disabled={state.phase === 'running'}>
          {state.phase === 'done' ? 'Validate again' : 'Validate with glTF-Validator'}
        </Button>
        <span className="muted">
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
        <section aria-label="Validation report" className="flex flex-col gap-2">
          <p role="status" data-validation-counts>
            <strong className={state.report.counts.errors ? 'text-destructive' : 'text-success'}>
              {state.report.counts.errors} errors
            </strong>
            , {state.report.counts.warnings} warnings, {state.report.counts.infos} infos, {state.report.counts.hints}{' '}
            hints <span className="muted">(glTF-Validator {state.report.validatorVersion})</span>
          </p>
          {state.report.messages.length > 0 && (
            <ol className="max-h-72 overflow-auto rounded-md border border-border" aria-label="Validation messages">
              {state.report.messages.map((m, i) => (
                <li key={i} className="border-b border-border px-2 py-1 last:border-0" data-severity={m.severity}>
                  <span className={`font-medium ${SEVERITY_CLASS[m.severity]}`}>{m.severity}</span>{' '}
                  <code>{m.code}</code> {m.message}
                  {m.pointer && <code className="muted"> at {m.pointer}</code>}
                </li>
              ))}
            </ol>
          )}
          {state.report.truncated && <p className="muted">The validator stopped after 500 messages.</p>}
        </section>
      )}
    </div>
  )
}
