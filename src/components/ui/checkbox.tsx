import { useEffect, useRef, type ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'

type Props = Omit<ComponentProps<'input'>, 'type' | 'checked' | 'onChange'> & {
  checked: boolean | 'indeterminate'
  onCheckedChange: (checked: boolean) => void
}

/**
 * A checkbox that can also be half-checked ("some on this page"). The browser's own input, drawn
 * to the design (styles.css): a table row holds one, and Radix's checkbox costs five components
 * and a hidden form input per row where this costs one element.
 */
export function Checkbox({ className, checked, onCheckedChange, ...props }: Props) {
  const ref = useRef<HTMLInputElement>(null)
  const indeterminate = checked === 'indeterminate'
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate
  }, [indeterminate])
  return (
    <input
      ref={ref}
      type="checkbox"
      data-slot="checkbox"
      className={cn('checkbox', className)}
      checked={checked === true}
      onChange={(event) => onCheckedChange(event.target.checked)}
      {...props}
    />
  )
}
