import { lazy } from 'react'

/** The 3D preview, loaded on demand: the table page does not download three.js. */
export const LazyModelPreview = lazy(() => import('./components/ModelPreview.tsx'))

export type { ZipLoader } from './hooks/usePreparedZip.ts'
