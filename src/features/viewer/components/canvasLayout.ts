/** Two canvases side by side, one above the other on a phone. */
export const CANVASES_SIDE_BY_SIDE = 'grid grid-cols-2 gap-2 max-sm:grid-cols-1'
