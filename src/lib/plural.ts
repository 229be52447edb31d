import { formatCount } from './formatNumber.ts'

const rules = new Intl.PluralRules('en')

/** "1 task", "3 tasks", "1,200 tasks"; `many` for words that do not just take an s. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${rules.select(count) === 'one' ? one : many}`
}
