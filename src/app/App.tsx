import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { createQueryClient } from './queryClient.ts'
import { ErrorBoundary } from '../components/ErrorBoundary.tsx'
import { ServerModeBanner } from '../components/ServerModeBanner.tsx'
import { TasksPage } from '../features/tasks/TasksPage.tsx'

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <div className="app">
        <header className="app-header">
          <h1>
            ark3d <span className="app-subtitle">Seed3D tasks</span>
          </h1>
        </header>
        <ServerModeBanner />
        <ErrorBoundary>
          <TasksPage />
        </ErrorBoundary>
      </div>
    </QueryClientProvider>
  )
}
