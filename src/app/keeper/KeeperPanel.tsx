import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { RefreshCwIcon } from 'lucide-react'
import { fetchKeeperStatus, syncKeeperNow } from '../../api/serverKept.ts'
import { serverInfoQuery } from '../../api/taskQueries.ts'
import { Alert } from '../../components/ui/alert.tsx'
import { Button } from '../../components/ui/button.tsx'
import { formatBytes } from '../../lib/formatBytes.ts'
import { formatRelative } from '../../lib/formatTime.ts'

const keeperStatusQuery = { queryKey: ['keeper-status'] as const, queryFn: () => fetchKeeperStatus() }

/** The server's keeper at a glance: what it holds, when it last and next syncs, and what went wrong. */
export function KeeperPanel() {
  const on = useQuery(serverInfoQuery).data?.keeper === true
  const queryClient = useQueryClient()
  const status = useQuery({ ...keeperStatusQuery, enabled: on, refetchInterval: 15_000 }).data
  const sync = useMutation({
    mutationFn: syncKeeperNow,
    onSuccess: (next) => queryClient.setQueryData(keeperStatusQuery.queryKey, next),
  })
  if (!on || !status?.on) return null
  const seconds = (ms?: number) => (ms ? Math.floor(ms / 1000) : undefined)
  return (
    <section aria-label="Server keeper" className="flex basis-full flex-col gap-1">
      <p className="m-0 flex flex-wrap items-center gap-x-2 gap-y-1">
        <strong>Kept on the server:</strong>
        <span>
          {status.files} results ({formatBytes(status.bytes ?? 0)}) of {status.tasks} tasks
          {status.waiting ? `, ${status.waiting} to download` : ''}.
        </span>
        <span className="text-muted-foreground">
          {status.state === 'syncing' || status.state === 'keeping'
            ? 'Syncing now.'
            : `Last sync ${status.lastSyncAt ? formatRelative(seconds(status.lastSyncAt)!) : 'not yet'}${
                status.nextSyncAt ? `, next ${formatRelative(seconds(status.nextSyncAt)!)}` : ''
              }.`}
        </span>
        <Button size="sm" disabled={sync.isPending} onClick={() => sync.mutate()}>
          <RefreshCwIcon />
          {sync.isPending ? 'Syncing…' : 'Sync now'}
        </Button>
      </p>
      {status.lastError && (
        <Alert variant="warning" role="status">
          The keeper’s last problem: {status.lastError}
        </Alert>
      )}
      {status.failures && status.failures.length > 0 && (
        <details>
          <summary>
            {status.failed} {status.failed === 1 ? 'result' : 'results'} not kept yet, and why
          </summary>
          <ul className="m-0 pl-5">
            {status.failures.map((failure) => (
              <li key={failure.taskId}>
                <code>{failure.taskId}</code>: {failure.reason}
                {failure.final ? ' (not tried again)' : ' (tried again next sync)'}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
