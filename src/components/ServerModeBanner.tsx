import { useQuery } from '@tanstack/react-query'
import { serverInfoQuery } from '../api/taskQueries.ts'

/** Says plainly when the page shows demo data, and how to switch to a real Ark account. */
export function ServerModeBanner() {
  const { data } = useQuery(serverInfoQuery)
  if (data?.mode !== 'demo') return null
  return (
    <aside className="demo-banner" aria-label="Demo mode">
      <strong>Demo data.</strong> No <code>ARK_API_KEY</code> is set, so these tasks come from the embedded demo Ark. To
      see your own tasks, stop the server and start it with <code>ARK_API_KEY=&lt;your key&gt; npm start</code> (or put
      the key in <code>.env.local</code>).
    </aside>
  )
}
