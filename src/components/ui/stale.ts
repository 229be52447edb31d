/**
 * Classes for content shown while its next version loads: dimmed only once the wait is long
 * enough to notice, so a quick change does not flash dim and back; restored at once.
 */
export const staleClasses = (stale: boolean | undefined) =>
  stale ? 'opacity-60 transition-opacity delay-200 duration-200' : undefined
