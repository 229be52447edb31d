/** The message of whatever was thrown: an Error's, or the value itself in words. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error))
