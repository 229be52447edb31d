/**
 * The end of a task ID, which is what tells tasks apart: Ark's IDs start with the date and time
 * (`cgt-20251127223453-vtjah`), so the last 10 characters are shown, the whole on hover.
 */
export const shortTaskId = (id: string) => (id.length > 12 ? `…${id.slice(-10)}` : id)
