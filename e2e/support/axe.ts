import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

const SCHEMES = ['light', 'dark'] as const

/**
 * axe-core on what is on screen now, in the light and then the dark scheme: no serious or critical
 * violation. The scheme is switched on the same page (the styles and `useMediaQuery` follow it
 * live), so each screen is reached once. Legacy mode runs axe in the page itself; the default opens
 * a blank page to merge frame results, which doubles each run (2.5 → 1.2 s here) for an app with no
 * frames.
 */
export async function expectNoSeriousViolations(page: Page, what: string) {
  const backgrounds = new Set<string>()
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme })
    // Colours mid-transition would be checked as they pass, not as they end.
    await expect
      .poll(() => page.evaluate(() => document.getAnimations().filter((a) => a instanceof CSSTransition).length))
      .toBe(0)
    backgrounds.add(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
    const { violations } = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'experimental'])
      .setLegacyMode(true)
      .analyze()
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    expect(serious, `${what}, ${colorScheme} scheme`).toEqual([])
  }
  expect(backgrounds.size, `${what}: the page follows the scheme`).toBe(SCHEMES.length)
}
