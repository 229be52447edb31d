import type { ReactNode } from 'react'
import { Button } from './ui/button.tsx'
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from './ui/alert-dialog.tsx'

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description: ReactNode
  /** What the answer will do, in detail: lists, progress, errors. */
  children?: ReactNode
  /** The buttons after Cancel; each closes the dialog itself when its work is done. */
  actions?: ReactNode
  cancelLabel?: string
  /** The control that opens it, when it is not opened from elsewhere. */
  trigger?: ReactNode
}

/** The one confirm: a title that asks, a description that says what happens, Cancel first. */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  children,
  actions,
  cancelLabel = 'Cancel',
  trigger,
}: ConfirmDialogProps) {
  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      {trigger && <AlertDialogTrigger asChild>{trigger}</AlertDialogTrigger>}
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        {children}
        <AlertDialogFooter>
          <AlertDialogCancel asChild>
            <Button>{cancelLabel}</Button>
          </AlertDialogCancel>
          {actions}
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  )
}
