import { describe, expect, it } from 'vitest'
import { KNOWN_STATUSES } from './arkTask.ts'
import { deleteEffect, deleteRefusal } from './taskFacts.ts'

describe('the deletion rule', () => {
  const expected = {
    queued: 'cancel',
    running: 'not-possible',
    cancelled: 'not-possible',
    succeeded: 'delete',
    failed: 'delete',
    expired: 'delete',
  } as const

  it.each(KNOWN_STATUSES)('%s', (status) => {
    expect(deleteEffect(status)).toBe(expected[status])
    if (expected[status] === 'not-possible') expect(deleteRefusal(status)).toMatch(/cannot/)
    else expect(deleteRefusal(status)).toBeUndefined()
  })

  it('refuses a status it does not know', () => {
    expect(deleteEffect('paused-by-operator')).toBe('not-possible')
    expect(deleteRefusal('paused-by-operator')).toBe('Ark cannot delete a task that is paused-by-operator.')
  })
})
