import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'

/** Unfolds the library's storage, export and import (folded until asked for, the choice remembered). */
export async function openLibraryStorage(page: Page) {
  const summary = page.getByText('Storage, pictures, export and import')
  if ((await summary.locator('xpath=..').getAttribute('open')) === null) await summary.click()
}

export const localCopy = (page: Page) => page.getByRole('group', { name: 'Result storage' })

/** Presses Keep in the open task's detail and waits until the zip is stored. */
export async function keepOpenTask(page: Page) {
  await localCopy(page).getByRole('button', { name: 'Save', exact: true }).click()
  await expect(localCopy(page)).toContainText('Saved here', { timeout: 30_000 })
}

/**
 * Presses Keep on the open task with the browser offline: the preview's copy is removed first,
 * so the keep has to download, and fails. The browser stays offline.
 */
export async function keepWithTheNetworkDown(page: Page, context: BrowserContext) {
  await localCopy(page).getByRole('button', { name: 'Remove the cached file' }).click()
  await expect(localCopy(page).getByRole('button', { name: 'Save', exact: true })).toBeEnabled()
  await context.setOffline(true)
  await localCopy(page).getByRole('button', { name: 'Save', exact: true }).click()
}

/** The zip as Ark's file host serves it now, through the same relay the page uses. */
export async function servedZip(request: APIRequestContext, fileUrl: string): Promise<Buffer> {
  const response = await request.get(`/api/file?url=${encodeURIComponent(fileUrl)}`)
  expect(response.ok()).toBe(true)
  return Buffer.from(await response.body())
}

/** Clicks the preview's zip download and returns the bytes the browser saved. */
export async function downloadZipFromPreview(page: Page, taskId: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('group', { name: 'Downloads' })
      .getByRole('link', { name: `Download ${taskId}.zip` })
      .click(),
  ])
  return readFile(await download.path())
}

export const shownFromLocalCopy = (page: Page) =>
  page.getByRole('note').filter({ hasText: 'Shown from the copy in this browser' })

/**
 * Reads one record of the page's archive database straight from IndexedDB (null when absent).
 * It never creates the database: opening a missing one would make an empty version 1.
 */
export async function archiveRecord(
  page: Page,
  store: 'tasks' | 'files' | 'kv' | 'keepQueue' | 'thumbnails',
  key: string,
): Promise<unknown> {
  return page.evaluate(
    async ({ store, key }) => {
      const names = (await indexedDB.databases()).map((db) => db.name)
      if (!names.includes('ark3d-archive:demo')) return null
      return new Promise((resolve, reject) => {
        const open = indexedDB.open('ark3d-archive:demo')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains(store)) return resolve(null)
          const get = db.transaction(store).objectStore(store).get(key)
          get.onsuccess = () => {
            const value = get.result
            resolve(value instanceof Object && 'blob' in value ? { blobSize: value.blob.size } : (value ?? null))
            db.close()
          }
          get.onerror = () => reject(get.error)
        }
      })
    },
    { store, key },
  )
}

/** Writes `bytes` into a scratch database of the page's origin: "ok" or the error's name. */
export function scratchWriteOutcome(page: Page, bytes: number): Promise<string> {
  return page.evaluate(
    (bytes) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('quota-probe', 1)
        open.onupgradeneeded = () => open.result.createObjectStore('probe')
        open.onerror = () => resolve(open.error?.name ?? 'error')
        open.onsuccess = () => {
          const tx = open.result.transaction('probe', 'readwrite')
          tx.objectStore('probe').put(new Blob([new Uint8Array(bytes)]), 'probe')
          tx.oncomplete = () => {
            open.result.close()
            indexedDB.deleteDatabase('quota-probe')
            resolve('ok')
          }
          tx.onabort = () => resolve(tx.error?.name ?? 'abort')
        }
      }),
    bytes,
  )
}
