/** The stored picture where the view will be, until the model's first frame replaces it. */
export function Poster({ src, overlay }: { src: string; overlay?: boolean }) {
  return (
    <img
      className={overlay ? 'viewer-poster viewer-poster-overlay' : 'viewer-poster'}
      src={src}
      alt="The result's picture, while the model loads"
      data-poster
    />
  )
}
