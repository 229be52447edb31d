import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '../components/ui/dialog.tsx'
import { Kbd } from '../components/ui/kbd.tsx'

const SHORTCUTS: Array<[keys: string[], what: string]> = [
  [['j', '↓'], 'Next task'],
  [['k', '↑'], 'Previous task'],
  [['Enter'], 'Open the task (focus moves into it)'],
  [['Esc'], 'Leave the full view, then close the task (focus returns to its row)'],
  [['x'], 'Select or clear the task'],
  [['s'], 'Star or unstar the task'],
  [['r'], 'Rename the task (opens it)'],
  [['n'], 'New task: make 3D models from images'],
  [['Shift F10', 'Menu'], 'A gallery card’s actions'],
  [['/'], 'Task IDs filter'],
  [['Tab'], 'The list is one stop: Tab moves on to the task or the controls'],
  [['?'], 'These shortcuts'],
]

/** Every key the list answers to, from `?`. */
export function ShortcutsDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>In the list and the gallery, when no field has the keyboard.</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-[13px]">
          {SHORTCUTS.map(([keys, what]) => (
            <div key={what} className="contents">
              <dt className="flex gap-1">
                {keys.map((key) => (
                  <Kbd key={key}>{key}</Kbd>
                ))}
              </dt>
              <dd className="m-0">{what}</dd>
            </div>
          ))}
        </dl>
      </DialogContent>
    </Dialog>
  )
}
