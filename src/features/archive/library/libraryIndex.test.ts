import 'fake-indexeddb/auto'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it, vi } from 'vitest'
import { readArkTask } from '../../../api/arkTask.ts'
import { annotate } from '../db/annotations.ts'
import { forgetArchivedTask, recordTasks } from '../db/taskRecords.ts'
import { ARCHIVE_FORMAT, ARCHIVE_VERSION, type ManifestTask } from '../transfer/archiveManifest.ts'
import { importArchive } from '../transfer/importArchive.ts'
import { libraryPage } from './libraryIndex.ts'

const task = (i: number, fileformat: string) =>
  readArkTask(
    {
      id: `cgt-lib-${i}`,
      model: 'doubao-seed3d-2-0-260328',
      status: 'succeeded',
      created_at: 1_800_000_000 + i,
      updated_at: 1_800_000_000 + i,
      fileformat,
    },
    i,
  )

describe('libraryPage', () => {
  it('reads the library whole once, then only what changed: new sightings, names, forgotten tasks', async () => {
    await recordTasks([task(1, 'glb'), task(2, 'obj'), task(3, 'obj')], undefined)
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    const first = await libraryPage({ format: 'obj' }, 1, 50)
    expect(first.items.map((t) => t.id)).toEqual(['cgt-lib-3', 'cgt-lib-2'])
    expect(first.choices.formats).toEqual(['glb', 'obj'])
    const wholeReads = getAll.mock.calls.length

    await recordTasks([task(4, 'obj')], undefined)
    await annotate('cgt-lib-2', { name: 'Red armchair', tags: ['chairs'] })
    await forgetArchivedTask('cgt-lib-3')
    const after = await libraryPage({ format: 'obj' }, 1, 50)
    expect(after.items.map((t) => t.id)).toEqual(['cgt-lib-4', 'cgt-lib-2'])
    expect((await libraryPage({ q: 'armchair' }, 1, 50)).items.map((t) => t.id)).toEqual(['cgt-lib-2'])
    expect((await libraryPage({ tag: 'Chairs' }, 1, 50)).total).toBe(1)
    expect(after.size).toBe(3)
    expect(getAll.mock.calls.length).toBe(wholeReads)
  })

  it('follows an import by the tasks it wrote, without reading the whole library again', async () => {
    await libraryPage({}, 1, 50)
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll')
    getAll.mockClear()
    const imported = (i: number): ManifestTask => ({
      id: `cgt-imp-${i}`,
      raw: {
        id: `cgt-imp-${i}`,
        model: 'doubao-seed3d-2-0-260328',
        status: 'succeeded',
        created_at: 1_800_000_100 + i,
        fileformat: 'usdz',
      },
      status: 'succeeded',
      createdAt: 1_800_000_100 + i,
      endpoints: [],
      firstSeenAt: 1,
      lastSeenAt: 1,
      annotation: i === 2 ? { name: 'Brass lamp', updatedAt: 1 } : undefined,
    })
    const manifest = {
      format: ARCHIVE_FORMAT,
      version: ARCHIVE_VERSION,
      exportedAt: '2026-12-07',
      tasks: [1, 2, 3].map(imported),
    }
    const report = await importArchive(new Blob([zipSync({ 'archive.json': strToU8(JSON.stringify(manifest)) })]))
    expect(report.added).toBe(3)

    const usdz = await libraryPage({ format: 'usdz' }, 1, 50)
    expect(usdz.items.map((t) => t.id)).toEqual(['cgt-imp-3', 'cgt-imp-2', 'cgt-imp-1'])
    expect((await libraryPage({ q: 'brass' }, 1, 50)).items.map((t) => t.id)).toEqual(['cgt-imp-2'])
    expect(getAll).not.toHaveBeenCalled()
  })
})
