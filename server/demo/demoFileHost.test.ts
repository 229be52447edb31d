import { expect, it } from 'vitest'
import { parseRate } from './demoFileHost.ts'

it('reads ARK_DEMO_FILE_RATE as bytes per second', () => {
  expect(parseRate('2mb')).toBe(2 * 1024 ** 2)
  expect(parseRate('500KB')).toBe(500 * 1024)
  expect(parseRate('1048576')).toBe(1048576)
  expect(parseRate('1.5 mb')).toBe(1.5 * 1024 ** 2)
  for (const bad of [undefined, '', 'fast', '0', '-1mb', '2 tb']) expect(parseRate(bad)).toBeUndefined()
})
