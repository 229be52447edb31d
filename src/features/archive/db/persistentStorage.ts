/** Asks the browser not to clear this site's storage under pressure; true when granted. */
export async function requestPersistentStorage(): Promise<boolean> {
  return (await globalThis.navigator?.storage?.persist?.()) ?? false
}
