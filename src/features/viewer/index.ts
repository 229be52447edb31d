import { lazy } from 'react'

/** The 3D preview, loaded on demand: the table page does not download three.js. */
export const LazyModelPreview = lazy(() => import('./components/ModelPreview.tsx'))

export type { ViewerAddress } from './components/ModelPreview.tsx'

/** Two results side by side with linked cameras, loaded on demand like the preview. */
export const LazyCompareView = lazy(() => import('./components/CompareView.tsx'))

/** Renders a result's picture off screen; three.js loads with the first call. */
export const renderThumbnail = async (zip: Blob, signal: AbortSignal) =>
  (await import('./capture/renderThumbnail.ts')).renderThumbnail(zip, signal)
