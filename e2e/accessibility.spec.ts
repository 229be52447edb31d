import { expect, test } from '@playwright/test'
import { expectNoSeriousViolations } from './support/axe.ts'
import { createResult, expectRendered } from './support/viewer.ts'

// Each screen is checked twice (light and dark): the screens are shared out between tests so that
// none runs near the test timeout on a loaded machine.
test('table, options, gallery and a card’s actions have no serious violation', async ({ page }) => {
  await page.goto('/?page_size=20')
  await expect(page.locator('tbody tr[data-task-id]').first()).toBeVisible()
  await expectNoSeriousViolations(page, 'table')

  await page.getByRole('button', { name: 'Options' }).click()
  await expect(page.getByLabel('Notify when tasks finish')).toBeVisible()
  await expectNoSeriousViolations(page, 'options')
  await page.keyboard.press('Escape')

  await page.goto('/?page_size=20&layout=gallery')
  await expect(page.getByRole('list', { name: 'Results' })).toBeVisible()
  await expectNoSeriousViolations(page, 'gallery')
  const card = page.locator('li[data-task-id]').first()
  await card.focus()
  await page.keyboard.press('Shift+F10')
  await expect(page.getByRole('menu')).toBeVisible()
  await expectNoSeriousViolations(page, 'a card’s actions')
  await page.keyboard.press('Escape')
})

test('the library, its filters and the shortcuts have no serious violation', async ({ page }) => {
  await page.goto('/?view=library&format=glb')
  await expect(page.getByRole('radio', { name: /^Library \(/ })).toBeVisible()
  await expectNoSeriousViolations(page, 'library')
  await page.getByRole('button', { name: /^Filters/ }).click()
  await expect(page.getByRole('combobox', { name: 'Model' })).toBeVisible()
  await expectNoSeriousViolations(page, 'library filters')
  await page.keyboard.press('Escape')

  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  await expectNoSeriousViolations(page, 'shortcuts dialog')
})

test('the detail with the viewer and the delete dialog have no serious violation', async ({ page, request }) => {
  const task = await createResult(request, 'glb-robot')
  await page.goto(`/?filter.task_ids=${task.id}&task=${task.id}`)
  await expectRendered(page)
  await expectNoSeriousViolations(page, 'detail')

  await page.getByRole('checkbox', { name: 'Select all on this page' }).check()
  await page.getByRole('region', { name: 'Selection' }).getByRole('button', { name: 'Delete selected' }).click()
  await expect(page.getByRole('alertdialog')).toBeVisible()
  await expectNoSeriousViolations(page, 'delete dialog')
})

test('the inspector tabs, the texture view and the display menu have no serious violation', async ({
  page,
  request,
}) => {
  const plant = await createResult(request, 'glb-plant')
  await page.goto(`/?filter.task_ids=${plant.id}&task=${plant.id}`)
  await expectRendered(page)
  const tabs = page.getByRole('tablist', { name: 'Inspector' })
  for (const name of ['Validation', 'Export', 'Textures']) {
    const tab = tabs.getByRole('tab', { name: new RegExp(`^${name}`) })
    await tab.click()
    await expect(tab).toHaveAttribute('aria-selected', 'true')
    await expectNoSeriousViolations(page, `${name} tab`)
  }
  await page.getByRole('list', { name: 'Textures' }).getByRole('button').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await expectNoSeriousViolations(page, 'texture view')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()
  await page.getByRole('button', { name: /^Display:/ }).click()
  await expect(page.getByRole('menu')).toBeVisible()
  await expectNoSeriousViolations(page, 'display menu')
})

test('a comparison of two models has no serious violation', async ({ page, request }) => {
  const [robot, plant] = await Promise.all([createResult(request, 'glb-robot'), createResult(request, 'glb-plant')])
  await page.goto(`/?compare=${robot.id},${plant.id}`)
  await expect(page.locator('[data-viewer][data-state="ready"]')).toHaveCount(2, { timeout: 45_000 })
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
