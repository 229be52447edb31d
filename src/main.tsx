import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { resolveArchiveScope } from './features/archive/index.ts'
import './styles.css'
import { whenIdle } from './lib/whenIdle.ts'

const serverInfo = await resolveArchiveScope()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App serverInfo={serverInfo} />
  </StrictMode>,
)

// The built app works with no network at all (see server/offlineShell.ts); the dev server is always there.
// Its install downloads every built file (~13 MB) into Cache Storage: on a small machine that competes
// with drawing the first list, so a first visit installs it once the page has settled.
const SHELL_INSTALL_AFTER_LOAD_MS = 3_000
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () =>
    navigator.serviceWorker
      .register('/sw.js')
      .catch((error) => console.warn('ark3d: offline shell not installed:', error))
  const registerLater = () => setTimeout(() => whenIdle(() => void register(), 5_000), SHELL_INSTALL_AFTER_LOAD_MS)
  // The scope lookup above may already have outlasted `load`.
  if (document.readyState === 'complete') registerLater()
  else window.addEventListener('load', registerLater)
}
