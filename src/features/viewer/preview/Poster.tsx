/** The stored picture where the view will be, until the model's first frame replaces it. */
export function Poster({ src, overlay }: { src: string; overlay?: boolean }) {
  return (
    <img
      className={
        overlay
          ? 'pointer-events-none absolute inset-0 z-[1] m-0 block size-full rounded-md bg-[#1b1f24] object-contain saturate-90'
          : 'mx-auto mb-2 block aspect-square w-[min(100%,420px)] rounded-md object-contain saturate-90'
      }
      src={src}
      alt="The result's picture, while the model loads"
      data-poster
    />
  )
}
