import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Maya Okafor's week 1 Monday lift has two lines, the first "Back squat 5x5 @80%".

test('on an exercise line one arrow is one cell and Tab reaches Intensity: typing there changes the intensity, never the exercise', async ({
  page,
  host,
  pageErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 })
  const sheet = await BlockPage.open(page, host.url, 'Maya Okafor', 'Half-marathon build')
  await sheet.select(0, 'Type / region')
  await page.keyboard.press('Alt+ArrowDown')
  const focused = page.locator(':focus')
  await expect(focused).toHaveAttribute('aria-label', 'Exercise')

  await page.keyboard.press('ArrowRight')
  await expect(focused).toHaveAttribute('aria-label', 'Sets × reps')
  await page.keyboard.press('ArrowRight')
  await expect(focused).toHaveAttribute('aria-label', 'Intensity')
  await page.keyboard.type('85%')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('row', { name: 'Line: Back squat 5x5 @85%' })).toBeVisible()

  // Tab from the exercise walks Sets × reps, Intensity, Rest (the load is computed), Line notes.
  await page
    .getByRole('row', { name: 'Line: Back squat 5x5 @85%' })
    .getByRole('gridcell', { name: 'Exercise' })
    .click()
  const walked: (string | null)[] = []
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab')
    await expect(focused).not.toHaveAttribute('aria-label', walked.at(-1) ?? 'Exercise')
    walked.push(await focused.getAttribute('aria-label'))
  }
  expect(walked).toEqual(['Sets × reps', 'Intensity', 'Rest', 'Line notes'])
  // Past the line's last cell, Tab goes on to the next line's exercise.
  await page.keyboard.press('Tab')
  await expect(focused).toHaveAttribute('aria-label', 'Exercise')
  await expect(page.locator('[role="row"]:has(> :focus)')).toHaveAttribute(
    'aria-label',
    /^Line: (?!Back squat)/,
  )
  expect(pageErrors).toEqual([])
})
