import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { resolveArchiveScope } from './features/archive/index.ts'
import './styles.css'

const serverInfo = await resolveArchiveScope()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App serverInfo={serverInfo} />
  </StrictMode>,
)

// The built app works with no network at all (see server/offlineShell.ts); the dev server is always there.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error) => console.warn('ark3d: offline shell not installed:', error))
  // After the page's own downloads; the scope lookup above may already have outlasted `load`.
  if (document.readyState === 'complete') void register()
  else window.addEventListener('load', () => void register())
}
