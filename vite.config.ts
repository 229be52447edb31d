import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { ark3dServer } from './server/plugin.ts'

export default defineConfig({
  plugins: [react(), ark3dServer()],
  // Loopback only unless `--host` is given; no CORS headers: the page and /api share one origin.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, cors: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
  build: { target: 'es2022', sourcemap: false },
})
