const integer = new Intl.NumberFormat()

/** 30000 → "30,000" in the user's locale, with one shared formatter. */
export const formatCount = (value: number) => integer.format(value)
