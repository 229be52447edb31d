import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { expect, it } from 'vitest'
import { archiveDb } from './archiveDb.ts'
import { libraryPage } from '../library/libraryIndex.ts'
import { archiveDbName } from './archiveScope.ts'

it('a library written before the indexes and facets gets them on first open, with nothing lost', async () => {
  const old = await openDB(archiveDbName(), 2, {
    upgrade(db) {
      const tasks = db.createObjectStore('tasks', { keyPath: 'id' })
      tasks.createIndex('fileStoredAt', 'file.storedAt')
      for (const name of ['files', 'keepQueue', 'thumbnails']) db.createObjectStore(name, { keyPath: 'taskId' })
      db.createObjectStore('kv')
    },
  })
  const raw = (id: string, status: string) => ({ id, status, model: 'doubao-seed3d-2-0-260328', fileformat: 'OBJ' })
  const base = {
    endpoints: ['ep-1'],
    firstSeenAt: 1,
    lastSeenAt: 2,
  }
  await old.put('tasks', {
    ...base,
    id: 'older',
    raw: raw('older', 'succeeded'),
    status: 'succeeded',
    createdAt: 100,
    file: { bytes: 3, storedAt: 9, kept: true },
  })
  await old.put('tasks', { ...base, id: 'newer', raw: raw('newer', 'failed'), status: 'failed', createdAt: 200 })
  await old.put('tasks', {
    ...base,
    id: 'undated',
    raw: raw('undated', 'succeeded'),
    status: 'succeeded',
    endpoints: [],
  })
  old.close()

  const all = await libraryPage({}, 1, 50)
  expect(all.items.map((task) => task.id)).toEqual(['newer', 'older', 'undated'])
  const savedObj = await libraryPage({ status: 'succeeded', format: 'obj', saved: 'yes' }, 1, 50)
  expect(savedObj.items.map((task) => task.id)).toEqual(['older'])
  expect(savedObj.choices.models).toEqual(['doubao-seed3d-2-0-260328'])
  expect((await (await archiveDb()).get('tasks', 'older'))?.file).toEqual({ bytes: 3, storedAt: 9, kept: true })
})
