import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'
import { ark3dServer } from './server/plugin.ts'
import { offlineShell } from './server/offlineShell.ts'
import { threeDecoders } from './server/threeDecoders.ts'

export default defineConfig({
  plugins: [react(), tailwindcss(), ark3dServer(), threeDecoders(), offlineShell()],
  resolve: {
    alias: Object.fromEntries(['fs', 'path', 'node:fs', 'node:path'].map((name) => [name, '/src/lib/noNodeModule.ts'])),
  },
  // Loopback only unless `--host` is given; no CORS headers: the page and /api share one origin.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, cors: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
  // three.js is one ~1 MB chunk, loaded only with the viewer.
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 1200 },
  worker: { format: 'es' },
  // Pre-bundled at start: found later (the viewer is lazy), they would make the dev server reload the page.
  optimizeDeps: {
    include: [
      'three',
      '@react-three/fiber',
      '@react-three/drei',
      'jszip',
      'three/examples/jsm/loaders/DRACOLoader.js',
      'three/examples/jsm/loaders/GLTFLoader.js',
      'three/examples/jsm/loaders/KTX2Loader.js',
      'three/examples/jsm/loaders/MTLLoader.js',
      'three/examples/jsm/loaders/OBJLoader.js',
      'three/examples/jsm/loaders/USDLoader.js',
      'three/examples/jsm/libs/meshopt_decoder.module.js',
      'three/examples/jsm/libs/fflate.module.js',
    ],
  },
})
