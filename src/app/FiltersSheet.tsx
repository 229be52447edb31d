import { SlidersHorizontalIcon } from 'lucide-react'
import type { ReactNode } from 'react'
import { Button } from '../components/ui/button.tsx'
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from '../components/ui/sheet.tsx'

/** On a phone the filters would fill the first screen: they open from one button, over the list. */
export function FiltersSheet({ active, children }: { active: number; children: ReactNode }) {
  return (
    <Sheet>
      <SheetTrigger asChild>
        <Button size="sm">
          <SlidersHorizontalIcon />
          Filters{active > 0 ? ` (${active})` : ''}
        </Button>
      </SheetTrigger>
      <SheetContent side="bottom" closeLabel="Close filters">
        <SheetTitle className="text-base font-semibold">Filters</SheetTitle>
        <SheetDescription className="text-[13px] text-muted-foreground">
          Changes apply at once; the address keeps them.
        </SheetDescription>
        {children}
      </SheetContent>
    </Sheet>
  )
}
