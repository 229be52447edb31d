import { useCallback, useEffect, useRef, useState } from 'react'
import { checkImage, type ImageCheck } from './checkImage.ts'

export interface PickedImage {
  key: string
  file: File
  /** Undefined while it is being checked. */
  check?: ImageCheck
  previewUrl?: string
}

/** The images picked for a batch, each checked as it arrives; previews are freed when dropped. */
export function usePickedImages() {
  const [images, setImages] = useState<PickedImage[]>([])
  const urls = useRef(new Map<string, string>())
  useEffect(() => {
    const held = urls.current
    return () => held.forEach((url) => URL.revokeObjectURL(url))
  }, [])

  const add = useCallback((files: Iterable<File>) => {
    for (const file of files) {
      const key = crypto.randomUUID()
      setImages((all) => [...all, { key, file }])
      void checkImage(file).then((check) => {
        let previewUrl: string | undefined
        if (check.ok) {
          previewUrl = URL.createObjectURL(file)
          urls.current.set(key, previewUrl)
        }
        setImages((all) => all.map((image) => (image.key === key ? { ...image, check, previewUrl } : image)))
      })
    }
  }, [])

  const remove = useCallback((key: string) => {
    const url = urls.current.get(key)
    if (url) URL.revokeObjectURL(url)
    urls.current.delete(key)
    setImages((all) => all.filter((image) => image.key !== key))
  }, [])

  const clear = useCallback(() => {
    urls.current.forEach((url) => URL.revokeObjectURL(url))
    urls.current.clear()
    setImages([])
  }, [])

  return { images, add, remove, clear }
}
