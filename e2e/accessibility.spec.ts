import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { createResult, expectRendered } from './support/viewer.ts'

/** axe-core on what is on screen now: no serious or critical violation. */
async function expectNoSeriousViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze()
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  expect(serious, what).toEqual([])
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} scheme`, () => {
    test.use({ colorScheme: scheme })

    test('table, gallery, detail with the viewer, archive and dialogs have no serious violation', async ({
      page,
      request,
    }) => {
      const task = await createResult(request, 'glb-robot')
      await page.goto('/?page_size=20')
      await expect(page.locator('tbody tr[data-task-id]').first()).toBeVisible()
      await expectNoSeriousViolations(page, 'table')

      await page.goto('/?page_size=20&layout=gallery')
      await expect(page.getByRole('list', { name: 'Results' })).toBeVisible()
      await expectNoSeriousViolations(page, 'gallery')

      await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
      await expectRendered(page)
      await expectNoSeriousViolations(page, 'detail')

      await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
      await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoSeriousViolations(page, 'delete dialog')
      await page.keyboard.press('Escape')

      await page.goto('/?view=archive')
      await expect(page.getByRole('radio', { name: /^Archive \(/ })).toBeVisible()
      await expectNoSeriousViolations(page, 'archive')

      await page.keyboard.press('?')
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
      await expectNoSeriousViolations(page, 'shortcuts dialog')
    })

    test('the inspector: its tabs, the texture view, the display menu and a comparison have no serious violation', async ({
      page,
      request,
    }) => {
      const plant = await createResult(request, 'glb-plant')
      const robot = scheme === 'dark' ? await createResult(request, 'glb-robot') : undefined
      await page.goto(`/?filter.task_ids=${plant.id}&task=${plant.id}`)
      await expectRendered(page)
      const tabs = page.getByRole('tablist', { name: 'Inspector' })
      for (const tab of ['Textures', 'Validation', 'Export']) {
        await tabs.getByRole('tab', { name: new RegExp(`^${tab}`) }).click()
        await expectNoSeriousViolations(page, `${tab} tab`)
      }
      await tabs.getByRole('tab', { name: /^Textures/ }).click()
      await page.getByRole('list', { name: 'Textures' }).getByRole('button').first().click()
      await expect(page.getByRole('dialog')).toBeVisible()
      await expectNoSeriousViolations(page, 'texture view')
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: /^Display:/ }).click()
      await expect(page.getByRole('menu')).toBeVisible()
      await expectNoSeriousViolations(page, 'display menu')
      await page.keyboard.press('Escape')

      // The comparison is built of the same controls: once, in the dark scheme, keeps the run short.
      if (scheme === 'light') return
      await page.goto(`/?compare=${robot!.id},${plant.id}`)
      await expect(page.locator('.viewer-canvas[data-state="ready"]')).toHaveCount(2, { timeout: 45_000 })
      await expectNoSeriousViolations(page, 'comparison')
    })

    test('the phone layout: cards, the filters sheet and the task sheet have no serious violation', async ({
      page,
      request,
    }) => {
      const task = await createResult(request, 'glb-plant')
      await page.setViewportSize({ width: 390, height: 844 })
      await page.goto('/')
      await expect(page.getByRole('list', { name: 'Results' })).toBeVisible()
      await expectNoSeriousViolations(page, 'phone list')
      await page.getByRole('button', { name: /^Filters/ }).click()
      await expect(page.getByRole('dialog', { name: 'Filters' })).toBeVisible()
      await expectNoSeriousViolations(page, 'phone filters')
      await page.keyboard.press('Escape')
      await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
      await expectRendered(page)
      await expectNoSeriousViolations(page, 'phone task')
    })
  })
}
