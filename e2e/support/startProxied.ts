// For the e2e "real Ark" project: an Ark-compatible server (the demo Ark, standalone, requiring a
// key) and the dashboard's Vite server pointed at it with ARK_API_KEY and ARK_BASE_URL.
import { startStandaloneDemoArk } from '../../server/demo/standaloneDemoArk.ts'
import { startVite } from '../../server/testing/startVite.ts'

const key = process.env.PROXIED_ARK_KEY!
const ark = await startStandaloneDemoArk({ requiredKey: key, port: Number(process.env.PROXIED_ARK_PORT) })
const vite = await startVite({
  port: Number(process.env.PROXIED_PORT),
  env: { ARK_API_KEY: key, ARK_BASE_URL: ark.baseUrl, ARK_FILE_HOSTS: ark.fileHost },
})
console.log(`proxied dashboard at ${vite.url}, Ark-compatible server at ${ark.baseUrl}`)

const stop = async () => {
  await vite.stop()
  await ark.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
