import type { ArkTask } from '../../api/arkTask.ts'
import { useLocalFilesContext } from '../../features/archive/index.ts'
import { usePicturesForSaved, usePicturesInView } from './autoPictures.ts'

/** Asks for pictures without a click: the results in view first, then every saved result. Renders nothing. */
export function AutoPictures({ tasksInView }: { tasksInView: readonly ArkTask[] }) {
  usePicturesInView(tasksInView)
  const { files, thumbnails } = useLocalFilesContext()
  const savedWithout = files && thumbnails ? Object.keys(files).filter((id) => !thumbnails[id]).length : 0
  usePicturesForSaved(savedWithout)
  return null
}
