import { useQuery } from '@tanstack/react-query'
import { FlaskConicalIcon, XIcon } from 'lucide-react'
import { serverInfoQuery } from '../api/taskQueries.ts'
import { useLocalStorage } from '../lib/useLocalStorage.ts'
import { Button } from './ui/button.tsx'

/**
 * Says plainly when the page shows demo data, and how to switch to a real Ark account: a slim bar
 * that can be dismissed, after which a "Demo" badge in the header brings it back.
 */
export function ServerModeBanner() {
  const { data } = useQuery(serverInfoQuery)
  const [dismissed, setDismissed] = useLocalStorage<boolean>('demoNoticeDismissed', false)
  if (data?.mode !== 'demo') return null
  if (dismissed)
    return (
      <Button
        size="sm"
        variant="ghost"
        className="ml-auto text-warning"
        aria-label="Demo data: show what this means"
        onClick={() => setDismissed(false)}
      >
        <FlaskConicalIcon />
        Demo
      </Button>
    )
  return (
    <aside
      aria-label="Demo mode"
      className="flex min-w-0 flex-1 items-center gap-2 rounded-md border border-border bg-(--demo-bg) py-0.5 pr-0.5 pl-2.5 text-[12.5px]"
    >
      <FlaskConicalIcon className="size-4 shrink-0 text-warning" aria-hidden="true" />
      <span className="min-w-0 truncate" title="Start with ARK_API_KEY=<your key> npm start, or put it in .env.local">
        <strong>Demo data:</strong> no <code className="font-mono text-[12px]">ARK_API_KEY</code> is set
        <span className="max-md:hidden">
          . To see yours, start with{' '}
          <code className="font-mono text-[12px]">ARK_API_KEY=&lt;your key&gt; npm start</code> (or put it in{' '}
          <code className="font-mono text-[12px]">.env.local</code>).
        </span>
      </span>
      <Button
        size="icon-sm"
        variant="ghost"
        className="ml-auto shrink-0"
        aria-label="Dismiss the demo notice"
        onClick={() => setDismissed(true)}
      >
        <XIcon />
      </Button>
    </aside>
  )
}
