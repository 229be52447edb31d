/** Resolves in a task of its own, after whatever the current one still has to do. */
export const afterThisTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
