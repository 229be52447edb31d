import { useThumbnailIds } from '../../features/archive/index.ts'
import { storedValue, useStoredValue } from '../../lib/storedValue.ts'

/** The layout the user last picked; none until they pick one. */
export const rememberedLayout = storedValue<'gallery' | 'table' | null>(
  'layout',
  null,
  (value) => value === 'gallery' || value === 'table' || value === null,
)

/**
 * Whether results show as a gallery: as the address says; else as the user last chose; else the
 * gallery once this browser holds any picture, since it then shows more than the table.
 */
export function useGalleryLayout(asked: boolean | undefined): boolean {
  const remembered = useStoredValue(rememberedLayout)
  const pictured = useThumbnailIds()
  if (asked !== undefined) return asked
  if (remembered) return remembered === 'gallery'
  return (pictured?.size ?? 0) > 0
}
