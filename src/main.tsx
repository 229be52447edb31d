import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { resolveArchiveScope } from './features/archive/index.ts'
import './styles.css'
import { whenIdle } from './lib/whenIdle.ts'
import { whenNoHeavyWork } from './lib/heavyWork.ts'

const root = createRoot(document.getElementById('root')!)
try {
  const serverInfo = await resolveArchiveScope()
  root.render(
    <StrictMode>
      <App serverInfo={serverInfo} />
    </StrictMode>,
  )
} catch {
  // Only a server that requires sign-in refuses the scope lookup.
  const { SignInScreen } = await import('./app/SignInScreen.tsx')
  root.render(
    <StrictMode>
      <SignInScreen />
    </StrictMode>,
  )
}

// The built app works with no network at all (see server/offlineShell.ts); the dev server is always there.
// Its install downloads every built file into Cache Storage: on a small machine that competes with
// drawing the first list and loading a model, so a first visit installs it once the page has settled
// and no model is on its way (BENCHMARKS.md has the figures).
const SHELL_INSTALL_AFTER_LOAD_MS = 3_000
/** A model load that never ends does not keep the page from working offline. */
const SHELL_INSTALL_LATEST_MS = 60_000
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => {
    performance.mark('ark3d:shell-install')
    return navigator.serviceWorker
      .register('/sw.js')
      .catch((error) => console.warn('ark3d: offline shell not installed:', error))
  }
  const registerLater = () =>
    setTimeout(
      () => whenNoHeavyWork(() => whenIdle(() => void register(), 5_000), SHELL_INSTALL_LATEST_MS),
      SHELL_INSTALL_AFTER_LOAD_MS,
    )
  // The scope lookup above may already have outlasted `load`.
  if (document.readyState === 'complete') registerLater()
  else window.addEventListener('load', registerLater)
}
