export interface Growth {
  what: string
  from: string
  to: string
  /** How many times the work grew (rows, tasks, faces, connections). */
  work: number
  /** How many times the cost grew over the same step, measured in one run. */
  cost: number
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * An SVG of each cost's growth against its work's, on one logarithmic axis: a cost bar far
 * shorter than its work bar means the cost does not follow the work.
 */
export function growthChart(rows: Growth[]): string {
  const [labelWidth, plotWidth, rowHeight, top] = [300, 420, 44, 34]
  const max = Math.max(10, ...rows.flatMap((row) => [row.work, row.cost]))
  const min = Math.min(0.1, ...rows.flatMap((row) => [row.work, row.cost]))
  const [logMin, logMax] = [Math.floor(Math.log10(min)), Math.ceil(Math.log10(max))]
  const x = (value: number) => labelWidth + ((Math.log10(value) - logMin) / (logMax - logMin)) * plotWidth
  const height = top + rows.length * rowHeight + 28
  const ticks = Array.from({ length: logMax - logMin + 1 }, (_, i) => 10 ** (logMin + i))
  const bar = (y: number, value: number, colour: string) => {
    const [from, to] = [x(1), x(value)].sort((a, b) => a - b) as [number, number]
    return `<rect x="${from.toFixed(1)}" y="${y}" width="${Math.max(1, to - from).toFixed(1)}" height="12" rx="2" fill="${colour}"/>
<text x="${(Math.max(x(1), x(value)) + 4).toFixed(1)}" y="${y + 10}" font-size="11" fill="#334155">${value < 10 ? value.toFixed(2) : value.toFixed(0)}×</text>`
  }
  const body = rows
    .map((row, i) => {
      const y = top + i * rowHeight
      return `<text x="8" y="${y + 11}" font-size="12" fill="#0f172a">${escape(row.what)}</text>
<text x="8" y="${y + 27}" font-size="11" fill="#64748b">${escape(`${row.from} → ${row.to}`)}</text>
${bar(y, row.work, '#cbd5e1')}
${bar(y + 15, row.cost, '#2563eb')}`
    })
    .join('\n')
  const grid = ticks
    .map(
      (
        tick,
      ) => `<line x1="${x(tick).toFixed(1)}" x2="${x(tick).toFixed(1)}" y1="${top - 6}" y2="${height - 24}" stroke="#e2e8f0"/>
<text x="${x(tick).toFixed(1)}" y="${height - 10}" font-size="11" text-anchor="middle" fill="#64748b">${tick}×</text>`,
    )
    .join('\n')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + plotWidth + 60}" height="${height}" font-family="system-ui, sans-serif" role="img" aria-label="How each cost grows with its work">
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="8" y="18" font-size="13" font-weight="600" fill="#0f172a">How cost grows with work (log scale)</text>
<rect x="${labelWidth}" y="8" width="10" height="10" fill="#cbd5e1"/><text x="${labelWidth + 14}" y="17" font-size="11" fill="#334155">work</text>
<rect x="${labelWidth + 60}" y="8" width="10" height="10" fill="#2563eb"/><text x="${labelWidth + 74}" y="17" font-size="11" fill="#334155">cost</text>
${grid}
${body}
</svg>
`
}
