import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

function* filesUnder(path) {
  if (!existsSync(path)) return
  if (statSync(path).isFile()) return yield path
  for (const entry of readdirSync(path).sort()) yield* filesUnder(join(path, entry))
}

/**
 * A hash of these files' and folders' paths and contents (tests left out): a checkout or an edit
 * changes it, a touch does not. `salt` stands for anything else the output depends on.
 */
export function sourcesFingerprint(sources, salt = '') {
  const hash = createHash('sha256').update(`${salt}\0`)
  for (const source of sources)
    for (const file of filesUnder(source)) {
      if (/\.test\.ts$/.test(file)) continue
      hash.update(file).update('\0').update(readFileSync(file)).update('\0')
    }
  return hash.digest('hex')
}
