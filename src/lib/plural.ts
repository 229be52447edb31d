const rules = new Intl.PluralRules('en')

/** "1 task", "3 tasks"; `many` for words that do not just take an s. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${rules.select(count) === 'one' ? one : many}`
}
