import { ImagesIcon } from 'lucide-react'
import { usePicturesPending } from './autoPictures.ts'

/** A quiet line while pictures are being drawn without a click; still, so it costs the page no frames. */
export function PicturesStatus() {
  const pending = usePicturesPending()
  return (
    <span role="status" className="inline-flex items-center gap-1 text-[13px] text-muted-foreground empty:hidden">
      {pending > 0 && (
        <>
          <ImagesIcon className="size-3.5" aria-hidden="true" />
          Drawing pictures: {pending} to go
        </>
      )}
    </span>
  )
}
