import { BlockPage } from './block-page'
import { expect, test } from './fixtures'

// Each test is a coach's keystrokes on Tom Becker's block, whose week 1 is:
// Mon 18:00 full-body lift · Tue 18:00 tempo run · Wed 18:00 full-body lift · Sat 10:00 walk.

test('Ctrl+Enter inserts a row at the next free time with the cursor on it; typing edits the new row, not the one above', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const rows = await sheet.rows().count()
  await sheet.select(0, 'Start')
  await page.keyboard.press('Control+Enter')
  await sheet.saved()
  await expect(sheet.rows()).toHaveCount(rows + 1)
  // After the 18:00–19:00 lift, not on top of it: no overlap (VAL-01) flashes up.
  const inserted = page.getByRole('row', { name: 'Week 1, Mon 19:00' })
  await expect(inserted).toHaveCount(1)
  await expect(inserted.getByRole('gridcell').nth(await sheet.columnIndex('Start'))).toBeFocused()
  await expect(sheet.findingsFor('VAL-01')).toHaveCount(0)
  await sheet.type('12:00')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Week 1, Mon 12:00' })).toHaveCount(1)
  await expect(page.getByRole('row', { name: 'Week 1, Mon 18:00' })).toHaveCount(1)
  expect(pageErrors).toEqual([])
})

test('the cursor stays on a session whose row re-sorts, so the next value lands on it', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  await sheet.select(2, 'Day')
  // Wednesday's lift moves to Friday, a row further down; Tab goes on to that same session's
  // Start (it used to stay on row 3, by then Saturday's walk, and 06:00 landed there).
  await page.keyboard.type('Fri')
  await page.keyboard.press('Tab')
  await sheet.saved()
  await sheet.type('06:00')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Week 1, Fri 06:00' })).toHaveCount(1)
  await expect(page.getByRole('row', { name: 'Week 1, Sat 10:00' })).toHaveCount(1)
  await expect(page.getByRole('row', { name: /Week 1, Wed/ })).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('an empty row under the last session: Enter moves into it, typing or pasting there adds sessions, Tab leaves the sheet from it', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  const sessions = await sheet.rows().count()
  await expect(sheet.emptyRow()).toHaveCount(1)
  // Enter on the last session's cell commits and moves into the empty row below it.
  await sheet.select(sessions - 1, 'Notes')
  await sheet.type('bring a watch')
  await sheet.saved()
  await expect(await sheet.emptyCell('Notes')).toBeFocused()
  // Typing into the empty row adds a session on the last row's day, at its next free time, and Tab
  // goes on to that new session's next cell.
  const last = await sheet
    .rows()
    .nth(sessions - 1)
    .getAttribute('aria-label')
  await page.keyboard.press('Home')
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
  await page.keyboard.type('75')
  await page.keyboard.press('Tab')
  await page.keyboard.type('long run')
  await page.keyboard.press('Enter')
  await sheet.saved()
  await expect(sheet.rows()).toHaveCount(sessions + 1)
  const added = sheet.rows().nth(sessions)
  const addedCell = async (column: string) =>
    added.getByRole('gridcell').nth(await sheet.columnIndex(column))
  await expect(await addedCell('Minutes')).toHaveText('75')
  await expect(await addedCell('Modality')).toHaveText('run')
  await expect(await addedCell('Type / region')).toHaveText('long')
  await expect(sheet.findingsFor('VAL-01')).toHaveCount(0)
  expect(await added.getAttribute('aria-label')).not.toBe(last)
  // Enter left the cursor in the empty row again, under the new session.
  await expect(await sheet.emptyCell('Modality')).toBeFocused()
  // A pasted sheet lands in the empty row as new sessions, their days and times as given.
  await page.keyboard.press('Home')
  await sheet.paste('4\tSat\t08:00\t45\tstrength\r\n4\tSun\t09:30\t50\tintervals\r\n')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Week 4, Sat 08:00' })).toHaveCount(1)
  await expect(page.getByRole('row', { name: 'Week 4, Sun 09:30' })).toHaveCount(1)
  await expect(sheet.rows()).toHaveCount(sessions + 3)
  // Delete on the empty row empties nothing and adds nothing; Tab from its last cell leaves the sheet.
  await (await sheet.emptyCell('Notes')).click()
  await page.keyboard.press('Delete')
  await page.keyboard.press('Tab')
  await expect(sheet.grid.locator(':focus')).toHaveCount(0)
  await expect(sheet.rows()).toHaveCount(sessions + 3)
  // One undo takes back the paste, and what is left is in the database.
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Control+z')
  await sheet.saved()
  await expect(sheet.rows()).toHaveCount(sessions + 1)
  await page.reload()
  await expect(sheet.rows()).toHaveCount(sessions + 1)
  await expect(await addedCell('Minutes')).toHaveText('75')
  expect(pageErrors).toEqual([])
})

/**
 * Page script: once, the next save's answer is followed by a keydown of `window.keyOnAnswer`,
 * sent after the answer's chain of awaits has run and before the next task (React's render).
 * Plain JavaScript, because it runs in the page and this project is typed for Node.
 */
const KEY_ON_ANSWER = `
  const original = window.fetch.bind(window)
  window.fetch = async (...args) => {
    const response = await original(...args)
    const key = window.keyOnAnswer
    if (!String(args[0]).includes('blocks.write') || !key) return response
    window.keyOnAnswer = undefined
    const json = response.json.bind(response)
    response.json = async () => {
      const body = await json()
      let hops = 0
      const hop = () => {
        if (++hops < 200) return queueMicrotask(hop)
        document.activeElement?.dispatchEvent(
          new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
        )
      }
      queueMicrotask(hop)
      return body
    }
    return response
  }
`

test('a key pressed the moment a save answers starts the next cell’s edit, not lost', async ({
  page,
  host,
  pageErrors,
}) => {
  // The page is made to press a key right after the save's answer is handled and before the sheet
  // has drawn it: the window where a busy machine's keystroke used to fall on the closed editor.
  await page.addInitScript({ content: KEY_ON_ANSWER })
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  await sheet.select(0, 'Minutes')
  await page.keyboard.type('50')
  await page.evaluate("window.keyOnAnswer = 'w'")
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Modality value')).toHaveValue('w')
  await page.keyboard.type('alk')
  await page.keyboard.press('Enter')
  await sheet.saved()
  await expect(await sheet.cell(0, 'Minutes')).toHaveText('50')
  await expect(await sheet.cell(0, 'Modality')).toHaveText('walk')
  expect(pageErrors).toEqual([])
})

test('cells read what coaches type: 7am, 1h, squat; Delete empties; Tab skips what cannot be typed in; Escape leaves a refused value', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  await sheet.select(1, 'Minutes')
  await sheet.type('1h')
  await sheet.saved()
  await expect(await sheet.cell(1, 'Minutes')).toHaveText('60')
  await sheet.select(1, 'Modality')
  await sheet.type('squat')
  await sheet.saved()
  await expect(await sheet.cell(1, 'Modality')).toHaveText('strength')
  await expect(await sheet.cell(1, 'Type / region')).toHaveText('lower')
  // Tab from Type / region goes past Day stress and Findings to Reps.
  await sheet.select(1, 'Type / region')
  await page.keyboard.press('Tab')
  await expect(await sheet.cell(1, 'Reps')).toBeFocused()
  // Delete: an optional cell empties, a required one goes back to its default.
  await sheet.select(1, 'Terrain')
  await sheet.type('hilly')
  await sheet.saved()
  await sheet.select(1, 'Terrain')
  await page.keyboard.press('Delete')
  await sheet.saved()
  await expect(await sheet.cell(1, 'Terrain')).toHaveText('flat')
  await sheet.select(1, 'Reps')
  await sheet.type('5')
  await sheet.saved()
  await sheet.select(1, 'Reps')
  await page.keyboard.press('Backspace')
  await sheet.saved()
  await expect(await sheet.cell(1, 'Reps')).toHaveText('')
  // A refused value keeps the editor with its message; Escape leaves it, and the keys move again.
  await sheet.select(0, 'Minutes')
  await sheet.type('1hstup')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Minutes must be a duration' }),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(await sheet.cell(0, 'Minutes')).toHaveText('60')
  await page.keyboard.press('ArrowDown')
  await expect(await sheet.cell(1, 'Minutes')).toBeFocused()
  // Start takes 7am.
  await sheet.select(3, 'Start')
  await sheet.type('7am')
  await sheet.saved()
  await expect(page.getByRole('row', { name: 'Week 1, Sat 07:00' })).toHaveCount(1)
  expect(pageErrors).toEqual([])
})

test('one value pasted over a range fills it, and blank pasted cells take the column’s default', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  await sheet.select(0, 'Terrain')
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  await sheet.paste('hilly')
  await sheet.saved()
  for (const row of [0, 1, 2]) await expect(await sheet.cell(row, 'Terrain')).toHaveText('hilly')
  // Terrain and Priority left blank in a spreadsheet: flat and normal, not refused.
  await sheet.select(0, 'Terrain')
  await sheet.paste('\t\r\n')
  await sheet.saved()
  await expect(await sheet.cell(0, 'Terrain')).toHaveText('flat')
  await expect(page.getByRole('alert').filter({ hasText: 'not taken' })).toHaveCount(0)
  expect(pageErrors).toEqual([])
})

test('an edit refused because another window saved first offers Reload block, which shows that window’s change', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Tom Becker', 'Foundations')
  // Another window (same browser, same host) saves a note on the first session meanwhile.
  await page.evaluate(async () => {
    const call = async (name: string, input: unknown) => {
      // As the other window's script calls: with the API session the host gave this origin.
      const response = await fetch(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'X-Blockwise-Session':
            (
              globalThis as unknown as { localStorage: { getItem(key: string): string | null } }
            ).localStorage.getItem('blockwise.session') ?? '',
        },
        body: JSON.stringify({ input }),
      })
      return ((await response.json()) as { value: unknown }).value
    }
    const clients = (await call('clients.list', {})) as {
      name: string
      activeBlock: { id: string }
    }[]
    const tom = clients.find((c) => c.name === 'Tom Becker')!
    const block = (await call('blocks.get', { id: tom.activeBlock.id })) as {
      id: string
      revision: number
      sessions: { id: string; weekIndex: number; day: number }[]
    }
    const first = block.sessions.find((s) => s.weekIndex === 0 && s.day === 0)!
    await call('blocks.applyPatches', {
      blockId: block.id,
      revision: block.revision,
      patches: [{ op: 'update', id: first.id, changes: { notes: 'from the other window' } }],
    })
  })
  await sheet.select(1, 'Minutes')
  await sheet.type('50')
  const banner = page.getByRole('alert').filter({ hasText: 'changed elsewhere' })
  await expect(banner).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /saved/ })).toHaveText('Not saved')
  await banner.getByRole('button', { name: 'Reload block' }).click()
  await expect(banner).toHaveCount(0)
  await expect(await sheet.cell(0, 'Notes')).toHaveText('from the other window')
  await expect(page.getByRole('status').filter({ hasText: /saved/ })).toHaveText(
    'All changes saved',
  )
  expect(pageErrors).toEqual([])
})

test('the keyboard comes back to the sheet after every dialog, and undo survives leaving and reopening the block', async ({
  page,
  host,
  pageErrors,
}) => {
  const sheet = await BlockPage.open(page, host.url, 'Sofia Lindqvist', 'Cut — phase 1')
  // ? shows the keys; Escape closes, and the cursor cell has the keyboard again.
  await sheet.select(0, 'Minutes')
  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard' })
  await expect(help).toContainText('Ctrl+Enter')
  await page.keyboard.press('Escape')
  await expect(help).toHaveCount(0)
  await expect(await sheet.cell(0, 'Minutes')).toBeFocused()
  // Accepting a balance proposal leaves the keyboard on the sheet: Ctrl+Z takes it back.
  const original = await sheet.rows().allInnerTexts()
  await sheet.blockMenu('Balance this week')
  await page
    .getByRole('dialog', { name: 'Balance week 1' })
    .getByRole('button', { name: /^Accept/ })
    .click()
  await sheet.saved()
  await expect(page.locator('[role="grid"] [data-active="true"]')).toBeFocused()
  await page.keyboard.press('Control+z')
  await sheet.saved()
  expect(await sheet.rows().allInnerTexts()).toEqual(original)
  // An edit, then away to the roster and back: Ctrl+Z still takes it back.
  await sheet.select(0, 'Minutes')
  await sheet.type('25')
  await sheet.saved()
  await page.getByRole('button', { name: '← Roster' }).click()
  await page.getByRole('button', { name: "Open Sofia Lindqvist's block Cut — phase 1" }).click()
  const again = new BlockPage(page)
  await expect(again.grid).toBeVisible()
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeEnabled()
  await again.select(3, 'Notes')
  await page.keyboard.press('Control+z')
  await again.saved()
  await expect(await again.cell(0, 'Minutes')).not.toHaveText('25')
  expect(pageErrors).toEqual([])
})

test('the findings panel groups by rule with counts and filters by severity, week and rule', async ({
  page,
  host,
  pageErrors,
}) => {
  await BlockPage.open(page, host.url, 'Priya Raman', 'Marathon base')
  const groups = page.getByRole('group', { name: 'Findings by rule' })
  const bal01 = groups.getByRole('button', { name: /^BAL-01 × \d+$/ })
  await expect(bal01).toBeVisible()
  const list = page.getByRole('list', { name: 'Findings', exact: true }).getByRole('listitem')
  await bal01.click()
  await expect(bal01).toHaveAttribute('aria-pressed', 'true')
  for (const text of await list.allInnerTexts()) expect(text).toContain('BAL-01')
  const panel = page.getByRole('region', { name: /Findings/ })
  await panel.getByLabel('Week').selectOption({ label: '2' })
  for (const text of await list.allInnerTexts()) expect(text).toMatch(/BAL-01\s+Wk 2/)
  await page.getByRole('button', { name: /^Show all/ }).click()
  await expect(bal01).toHaveAttribute('aria-pressed', 'false')
  await panel.getByLabel('Severity').selectOption('info')
  for (const text of await list.allInnerTexts()) expect(text).toMatch(/^ℹ/)
  expect(pageErrors).toEqual([])
})
