import { renderThumbnail } from '../features/viewer/index.ts'
import { startCreating } from './create/startCreating.ts'
import { PersistQueryClientProvider } from '@tanstack/react-query-persist-client'
import { useEffect, useState, type ReactNode } from 'react'
import type { ServerInfo } from '../api/arkClient.ts'
import { createQueryClient } from './queryClient.ts'
import { ErrorBoundary } from '../components/ErrorBoundary.tsx'
import { ServerModeBanner } from '../components/ServerModeBanner.tsx'
import { persistOptions, useArchiveSync } from '../features/archive/index.ts'
import { TasksScreen } from './TasksScreen.tsx'
import { Toaster } from '../components/ui/toaster.tsx'
import { TooltipProvider } from '../components/ui/tooltip.tsx'

/** `serverInfo`: the server's answer already fetched at start, so it is not asked twice. */
export function App({ serverInfo }: { serverInfo?: ServerInfo }) {
  const [queryClient] = useState(() => createQueryClient(serverInfo))
  return (
    <PersistQueryClientProvider client={queryClient} persistOptions={persistOptions}>
      <ArchiveSync>
        <TooltipProvider delayDuration={300}>
          <div className="box-border flex flex-col px-[16px] pt-2 pb-2 max-sm:px-2 min-[901px]:h-dvh">
            <header className="flex min-h-9 items-center gap-x-3 pb-1.5">
              <h1 className="m-0 shrink-0 text-lg font-semibold whitespace-nowrap">
                ark3d <span className="font-normal text-muted-foreground max-sm:hidden">Seed3D tasks</span>
              </h1>
              <ServerModeBanner />
            </header>
            <ErrorBoundary>
              <TasksScreen />
            </ErrorBoundary>
          </div>
          <Toaster />
        </TooltipProvider>
      </ArchiveSync>
    </PersistQueryClientProvider>
  )
}

function ArchiveSync({ children }: { children: ReactNode }) {
  useArchiveSync(renderThumbnail)
  useEffect(() => void startCreating(), [])
  return children
}
