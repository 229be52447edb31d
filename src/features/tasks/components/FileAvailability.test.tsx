// @vitest-environment happy-dom
import { render } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { readArkTask } from '../../../api/arkTask.ts'
import { markGoneAtArk } from '../../../api/goneAtArk.ts'
import { NowContext } from '../../../lib/useNow.ts'
import { FileAvailability } from './FileAvailability.tsx'

const NOW = new Date('2027-01-15T12:00:00Z').getTime()
const finished = (secondsAgo: number, id = 'cgt-20270115-a') =>
  readArkTask(
    {
      id,
      status: 'succeeded',
      model: 'doubao-seed3d-2-0-260328',
      created_at: NOW / 1000 - secondsAgo - 300,
      updated_at: NOW / 1000 - secondsAgo,
      content: { file_url: 'https://files.example.test/a.zip' },
    },
    0,
  )

/** The detail and the table read the time from the screen's ticker; here it stands still at NOW. */
const at = (task: ReturnType<typeof finished>) =>
  render(
    <NowContext.Provider value={NOW}>
      <FileAvailability task={task} />
    </NowContext.Provider>,
  ).container.textContent

describe('the time a result has left', () => {
  it('counts down from 24 hours after the task finished', () => {
    expect(at(finished(30 * 60))).toBe('23 h 30 min left')
    expect(at(finished(23 * 3600 + 59 * 60))).toBe('1 min 0 s left')
  })

  it('says expired once the 24 hours are over', () => {
    expect(at(finished(24 * 3600 + 1))).toBe('expired')
  })

  it('says what this browser saw go at Ark, whatever the clock says', () => {
    markGoneAtArk(['cgt-deleted'], 'deleted')
    markGoneAtArk(['cgt-refused'], 'file-gone')
    expect(at(finished(60, 'cgt-deleted'))).toBe('deleted at Ark')
    expect(at(finished(60, 'cgt-refused'))).toBe('file gone at Ark')
  })

  it('has nothing to count for a task without a result', () => {
    const failed = readArkTask({ id: 'cgt-f', status: 'failed', error: { code: 'X', message: 'y' } }, 0)
    expect(at(failed)).toBe('—')
  })
})
