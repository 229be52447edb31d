import { formatCount } from '../../../lib/formatNumber.ts'
import type { ModelFacts } from './modelFacts.ts'

const size = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3))

/** "3: 2048 × 2048 px (2), 1024 × 1024 px": distinct images, the same sizes grouped. */
function textureList(textures: ModelFacts['textures']): string {
  if (textures.length === 0) return 'none'
  const sizes = new Map<string, number>()
  for (const t of textures)
    sizes.set(`${t.width} × ${t.height} px`, (sizes.get(`${t.width} × ${t.height} px`) ?? 0) + 1)
  const grouped = [...sizes].map(([label, count]) => (count > 1 ? `${label} (${count})` : label)).join(', ')
  return `${formatCount(textures.length)}: ${grouped}`
}

/** A model's facts as labelled lines, the same in the facts panel and in a comparison. */
export function factRows(facts: ModelFacts): Array<[string, string]> {
  return [
    ['Triangles', formatCount(facts.triangles)],
    ['Vertices', formatCount(facts.vertices)],
    ['Meshes', formatCount(facts.meshes)],
    ['Materials', formatCount(facts.materials)],
    ['Textures', textureList(facts.textures)],
    [
      'Size (x × y × z)',
      `${size(facts.size.x)} × ${size(facts.size.y)} × ${size(facts.size.z)} ${facts.lengthUnit === 'm' ? 'm' : 'units'}`,
    ],
    [
      'Animation clips',
      facts.clips.length ? `${facts.clips.length}: ${facts.clips.map((c) => c.name).join(', ')}` : 'none',
    ],
  ]
}
