import { formatCount } from '../../../lib/formatNumber.ts'
import type { ModelFacts } from './modelFacts.ts'

const size = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 1 ? n.toFixed(2) : n.toPrecision(3))

/** A model's facts as labelled lines, the same in the facts panel and in a comparison. */
export function factRows(facts: ModelFacts): Array<[string, string]> {
  return [
    ['Triangles', formatCount(facts.triangles)],
    ['Vertices', formatCount(facts.vertices)],
    ['Meshes', formatCount(facts.meshes)],
    ['Materials', formatCount(facts.materials)],
    ['Textures', facts.textures.length ? facts.textures.map((t) => `${t.width}×${t.height}`).join(', ') : 'none'],
    ['Size (x × y × z)', `${size(facts.size.x)} × ${size(facts.size.y)} × ${size(facts.size.z)}`],
    [
      'Animation clips',
      facts.clips.length ? `${facts.clips.length}: ${facts.clips.map((c) => c.name).join(', ')}` : 'none',
    ],
  ]
}
