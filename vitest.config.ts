import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['scripts/fastCheckSeed.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // The server suites mostly wait on real sockets and timeouts (a stall, a host that never
    // answers): three files at once on two cores take 28 s where the default one per core took 48.
    maxWorkers: 3,
  },
})
