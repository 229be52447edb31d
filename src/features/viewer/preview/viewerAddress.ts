/** The viewer's part of the address: a link shows the same view. */
export interface ViewerAddress {
  display?: string
  variant?: string
  /** `variants`: the zip's first two variants side by side. */
  compare?: string
}
