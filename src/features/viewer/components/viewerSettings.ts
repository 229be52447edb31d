export interface ViewerSettings {
  wireframe: boolean
  grid: boolean
  background: 'dark' | 'light' | 'transparent'
  autoRotate: boolean
  /** The bounding box with its dimensions. */
  bounds: boolean
  axes: boolean
}

export const DEFAULT_VIEWER_SETTINGS: ViewerSettings = {
  wireframe: false,
  grid: true,
  background: 'dark',
  autoRotate: false,
  bounds: false,
  axes: false,
}
