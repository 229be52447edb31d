// Redraws the growth chart from the last run's bench-results/bench.json, without running the bench:
// npx tsx scripts/bench/redrawGrowthChart.ts
import { readFile, writeFile } from 'node:fs/promises'
import { growthChart, type Growth } from './growthChart.ts'

const { growth } = JSON.parse(await readFile('bench-results/bench.json', 'utf8')) as { growth: Growth[] }
const chart = growthChart(growth)
for (const path of ['bench-results/growth.svg', 'e2e/screenshots/bench-growth.svg']) await writeFile(path, chart)
console.log(`redrew the chart of ${growth.length} costs`)
