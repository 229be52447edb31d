/**
 * The types in-memory downloads are labelled with: never empty, so a browser opening one in a tab
 * never sniffs it (a hostile .gltf must not render as a page of this origin).
 */
const TYPE_BY_EXTENSION: Record<string, string> = {
  zip: 'application/zip',
  glb: 'model/gltf-binary',
  gltf: 'model/gltf+json',
  obj: 'model/obj',
  usdz: 'model/vnd.usdz+zip',
}

export const downloadType = (fileName: string) =>
  TYPE_BY_EXTENSION[fileName.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream'

/**
 * File names for the models of one zip: the file's own name, or `<task id>-<variant>.<ext>` when
 * two share it (Seed3D 2.0's pbr/watch.glb and rgb/watch.glb become `<id>-pbr.glb`, `<id>-rgb.glb`).
 */
export function downloadNames(paths: string[], taskId: string): Record<string, string> {
  const fileOf = (path: string) => path.split('/').pop()!
  const counts = new Map<string, number>()
  for (const path of paths) counts.set(fileOf(path), (counts.get(fileOf(path)) ?? 0) + 1)
  return Object.fromEntries(
    paths.map((path) => {
      const file = fileOf(path)
      if (counts.get(file) === 1) return [path, file]
      const folder = path.split('/').at(-2)
      const extension = file.includes('.') ? file.slice(file.lastIndexOf('.')) : ''
      return [path, folder ? `${taskId}-${folder}${extension}` : file]
    }),
  )
}
