import 'fake-indexeddb/auto'
import { openDB } from 'idb'
import { expect, it } from 'vitest'
import { archiveDb } from './archiveDb.ts'
import { archivePage } from './archivePages.ts'
import { archiveDbName } from './archiveScope.ts'

it('an archive written before the indexes gets them on first open, with nothing lost', async () => {
  const old = await openDB(archiveDbName(), 2, {
    upgrade(db) {
      const tasks = db.createObjectStore('tasks', { keyPath: 'id' })
      tasks.createIndex('fileStoredAt', 'file.storedAt')
      for (const name of ['files', 'keepQueue', 'thumbnails']) db.createObjectStore(name, { keyPath: 'taskId' })
      db.createObjectStore('kv')
    },
  })
  const base = { raw: {}, endpoints: ['ep-1'], firstSeenAt: 1, lastSeenAt: 2 }
  await old.put('tasks', {
    ...base,
    id: 'older',
    status: 'succeeded',
    createdAt: 100,
    file: { bytes: 3, storedAt: 9, kept: true },
  })
  await old.put('tasks', { ...base, id: 'newer', status: 'failed', createdAt: 200 })
  await old.put('tasks', { ...base, id: 'undated', status: 'succeeded', endpoints: [] })
  old.close()

  const all = await archivePage({ pageNum: 1, pageSize: 50, taskIds: [] })
  expect(all.records.map((r) => r.id)).toEqual(['newer', 'older', 'undated'])
  const succeededOnEp1 = await archivePage({
    pageNum: 1,
    pageSize: 50,
    taskIds: [],
    status: 'succeeded',
    model: 'ep-1',
  })
  expect(succeededOnEp1.records.map((r) => r.id)).toEqual(['older'])
  expect((await (await archiveDb()).get('tasks', 'older'))?.file).toEqual({ bytes: 3, storedAt: 9, kept: true })
})
