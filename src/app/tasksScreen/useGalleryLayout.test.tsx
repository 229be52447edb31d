// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { saveThumbnail } from '../../features/archive/db/thumbnailStore.ts'
import { useThumbnailIds } from '../../features/archive/index.ts'
import { useGalleryLayout } from './useGalleryLayout.ts'

function renderLayout() {
  const queryClient = new QueryClient()
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  )
  const hook = renderHook(() => ({ gallery: useGalleryLayout(undefined), pictured: useThumbnailIds() }), { wrapper })
  return { ...hook, queryClient }
}

describe('the layout with none asked or remembered', () => {
  it('stays the table when the first picture is made, and opens as the gallery on the next visit', async () => {
    const visit = renderLayout()
    await waitFor(() => expect(visit.result.current.pictured).toBeDefined())
    expect(visit.result.current.gallery).toBe(false)

    await saveThumbnail('cgt-layout-1', new Blob(['webp'], { type: 'image/webp' }))
    await visit.queryClient.invalidateQueries()
    await waitFor(() => expect(visit.result.current.pictured?.has('cgt-layout-1')).toBe(true))
    expect(visit.result.current.gallery).toBe(false)
    visit.unmount()

    const next = renderLayout()
    await waitFor(() => expect(next.result.current.pictured).toBeDefined())
    expect(next.result.current.gallery).toBe(true)
  })
})
