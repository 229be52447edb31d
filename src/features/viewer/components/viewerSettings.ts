export interface ViewerSettings {
  wireframe: boolean
  grid: boolean
  background: 'dark' | 'light' | 'transparent'
  autoRotate: boolean
}

export const DEFAULT_VIEWER_SETTINGS: ViewerSettings = {
  wireframe: false,
  grid: true,
  background: 'dark',
  autoRotate: false,
}
