/**
 * A number a test or a power user may set in localStorage (`ark3d:<name>`), else `fallback`: the
 * one place such settings are read, so each is named and documented where it is used.
 */
export function tunable(name: string, fallback: number): number {
  const stored = Number(globalThis.localStorage?.getItem(`ark3d:${name}`))
  return Number.isFinite(stored) && stored > 0 ? stored : fallback
}
