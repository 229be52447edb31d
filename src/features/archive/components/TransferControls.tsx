import { cn } from '../../../lib/cn.ts'
import { Progress } from '../../../components/ui/progress.tsx'
import { plural } from '../../../lib/plural.ts'
import { useRef, useState } from 'react'
import { Button, buttonVariants } from '../../../components/ui/button.tsx'
import { formatBytes } from '../../../lib/formatBytes.ts'
import { formatCount } from '../../../lib/formatNumber.ts'
import type { ImportProgress, ImportReport } from '../transfer/importArchive.ts'
import { errorMessage } from '../../../lib/errorMessage.ts'

// The zip code and the archive format load on first use, not with the table.
const loadExport = () => import('../transfer/exportArchive.ts')
const loadImport = () => import('../transfer/importArchive.ts')

type Outcome = { kind: 'info' | 'error'; text: string }

function describeImport(report: ImportReport): Outcome {
  const parts = `${plural(report.added, 'new task')}, ${formatCount(report.updated)} updated, ${formatCount(report.unchanged)} already here; ${plural(report.files, 'file')} stored.`
  if (report.cancelled) return { kind: 'info', text: `Import cancelled: ${parts} ${report.stoppedBecause}` }
  return report.stoppedBecause
    ? { kind: 'error', text: `Imported in part: ${parts} ${report.stoppedBecause}` }
    : { kind: 'info', text: `Imported: ${parts}` }
}

/** The archive as one zip to carry to another browser or machine, and back. */
export function TransferControls() {
  const [busy, setBusy] = useState<'export' | 'import'>()
  const [outcome, setOutcome] = useState<Outcome>()
  const [importing, setImporting] = useState<ImportProgress>()
  const cancelImport = useRef<AbortController>(undefined)

  const runExport = async () => {
    setBusy('export')
    setOutcome(undefined)
    try {
      const { exportArchive } = await loadExport()
      const exported = await exportArchive()
      const url = URL.createObjectURL(exported.blob)
      const link = document.createElement('a')
      link.href = url
      link.download = exported.fileName
      link.click()
      setTimeout(() => URL.revokeObjectURL(url), 60_000)
      setOutcome({
        kind: 'info',
        text: `Exported ${exported.tasks} tasks and ${plural(exported.files, 'saved file')} (${formatBytes(exported.blob.size)}) as ${exported.fileName}.`,
      })
    } catch (error) {
      setOutcome({ kind: 'error', text: `The export failed: ${errorMessage(error)}` })
    } finally {
      setBusy(undefined)
    }
  }

  const runImport = async (file: File) => {
    setBusy('import')
    setOutcome(undefined)
    const abort = new AbortController()
    cancelImport.current = abort
    try {
      const { importArchive } = await loadImport()
      setOutcome(describeImport(await importArchive(file, { signal: abort.signal, onProgress: setImporting })))
    } catch (error) {
      setOutcome({ kind: 'error', text: `Nothing was imported: ${errorMessage(error)}` })
    } finally {
      setBusy(undefined)
      setImporting(undefined)
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Export and import">
      <Button size="sm" onClick={() => void runExport()} disabled={busy !== undefined}>
        {busy === 'export' ? 'Exporting…' : 'Export library (.zip)'}
      </Button>
      <label
        className={cn(buttonVariants({ size: 'sm' }), 'relative focus-within:ring-[3px] focus-within:ring-ring/60')}
      >
        {busy === 'import' ? 'Importing…' : 'Import library…'}
        <input
          type="file"
          accept=".zip,application/zip"
          aria-label="Import library"
          className="absolute inset-0 cursor-pointer opacity-0"
          disabled={busy !== undefined}
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) void runImport(file)
          }}
        />
      </label>
      {importing && (
        <div role="status" className="flex basis-full flex-wrap items-center gap-2 text-[13px] tabular-nums">
          <Progress
            max={importing.total}
            value={importing.done}
            aria-label="Importing"
            className="w-[min(16rem,30vw)]"
          />
          <span className="whitespace-nowrap">
            {formatCount(importing.done)} of {formatCount(importing.total)} tasks
          </span>
          <Button onClick={() => cancelImport.current?.abort()}>Cancel import</Button>
        </div>
      )}
      {outcome && (
        <p
          role={outcome.kind === 'error' ? 'alert' : 'status'}
          className={cn('m-0 basis-full', outcome.kind === 'error' && 'text-destructive')}
        >
          {outcome.text}
        </p>
      )}
    </div>
  )
}
