import { defineConfig, type UserConfig } from 'vite'
import { ark3dServer } from './server/plugin.ts'
import { offlineShell } from './server/offlineShell.ts'
import { threeDecoders } from './server/threeDecoders.ts'
import { loadServerParts } from './server/serverParts.ts'

// Imported as this file is evaluated: with `--configLoader runner` nothing can be imported later.
const serverParts = await loadServerParts()
// `vite preview` serves built files; React's and Tailwind's plugins (Tailwind's with a large native
// compiler) only transform sources, so a preview server never loads them.
const sourcePlugins = process.argv.includes('preview')
  ? []
  : await Promise.all([
      import('@vitejs/plugin-react').then((m) => m.default()),
      import('@tailwindcss/vite').then((m) => m.default()),
    ])

// `ARK3D_BUNDLE_REPORT=<file>`: what each module adds to each chunk, as JSON (the bench's report).
const bundleReport = process.env.ARK3D_BUNDLE_REPORT
  ? [
      (await import('rollup-plugin-visualizer')).visualizer({
        filename: process.env.ARK3D_BUNDLE_REPORT,
        template: 'raw-data',
        gzipSize: true,
      }),
    ]
  : []

export default defineConfig(({ mode }): UserConfig => ({
  plugins: [...sourcePlugins, ...bundleReport, ark3dServer(mode, serverParts), threeDecoders(), offlineShell()],
  resolve: {
    alias: Object.fromEntries(['fs', 'path', 'node:fs', 'node:path'].map((name) => [name, '/src/lib/noNodeModule.ts'])),
  },
  // Loopback only unless `--host` is given; no CORS headers: the page and /api share one origin.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, cors: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, cors: false },
  // three.js is one ~1 MB chunk, loaded only with the viewer.
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // What the first screen needs in one file: split among the lazy parts' shared chunks, it
    // came in dozens of small files, each compressed on its own and each a request.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] } } },
  },
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
}))
