import { useState } from 'react'
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
 * gallery when this browser held a picture as the page opened, since it then shows more than the
 * table. A picture made later never switches the layout under the user: it shows on the next visit.
 */
export function useGalleryLayout(asked: boolean | undefined): boolean {
  const remembered = useStoredValue(rememberedLayout)
  const pictured = useThumbnailIds()
  const [picturedAtOpen, setPicturedAtOpen] = useState<boolean>()
  if (picturedAtOpen === undefined && pictured !== undefined) setPicturedAtOpen(pictured.size > 0)
  if (asked !== undefined) return asked
  if (remembered) return remembered === 'gallery'
  return picturedAtOpen ?? false
}
