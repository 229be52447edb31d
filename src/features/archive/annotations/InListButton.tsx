import type { ComponentProps } from 'react'
import { Button } from '../../../components/ui/button.tsx'

/**
 * An icon button that may sit inside a row or card. There (`inList`) the row or card is the list's
 * one tab stop and a key does the same; a press never takes the focus first, since focusing would
 * activate the row or card under it, and the click stays with the button.
 */
export function InListButton({
  inList,
  onPress,
  ...props
}: Omit<ComponentProps<typeof Button>, 'onClick'> & { inList?: boolean; onPress: () => void }) {
  return (
    <Button
      size="icon-sm"
      variant="ghost"
      tabIndex={inList ? -1 : undefined}
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.stopPropagation()
        onPress()
      }}
      {...props}
    />
  )
}
