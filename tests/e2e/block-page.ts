import type { Locator, Page } from '@playwright/test'
import { expect } from '@playwright/test'

/** A page model of the block screen: the grid located by role, cells by row and column label. */
export class BlockPage {
  readonly grid: Locator
  constructor(readonly page: Page) {
    this.grid = page.getByRole('grid', { name: 'Sessions' })
  }

  static async open(page: Page, url: string, client: string, block: string): Promise<BlockPage> {
    await page.goto(url)
    await page.getByRole('button', { name: `Open ${client}'s block ${block}` }).click()
    const model = new BlockPage(page)
    await expect(model.grid).toBeVisible()
    await expect(model.page.getByRole('heading', { name: /Findings/ })).toBeVisible()
    return model
  }

  /** The sessions' rows, in sheet order (not the header, not the empty row under them). */
  rows(): Locator {
    return this.grid.locator('[role="row"][data-session-id]')
  }

  /** The always-present empty row under the last session. */
  emptyRow(): Locator {
    return this.grid.getByRole('row', { name: /^New session/ })
  }

  /** A cell of the empty row. */
  async emptyCell(column: string): Promise<Locator> {
    return this.emptyRow()
      .getByRole('gridcell')
      .nth(await this.columnIndex(column))
  }

  async columnIndex(label: string): Promise<number> {
    const labels = await this.grid.getByRole('columnheader').allTextContents()
    const index = labels.indexOf(label)
    if (index < 0) throw new Error(`no column ${label} in ${labels.join(', ')}`)
    return index
  }

  async cell(row: number, column: string): Promise<Locator> {
    return this.rows()
      .nth(row)
      .getByRole('gridcell')
      .nth(await this.columnIndex(column))
  }

  async select(row: number, column: string): Promise<void> {
    await (await this.cell(row, column)).click()
  }

  /** Chooses an item of the Block menu (where the screen's actions live), by keyboard. */
  async blockMenu(item: string | RegExp): Promise<void> {
    await this.page.getByRole('button', { name: 'Block', exact: true }).click()
    await this.page.getByRole('menuitem', { name: item }).click()
  }

  /** Every save reaches the real host `ms` late from now on, so the coach is ahead of the backend. */
  async delaySaves(ms: number): Promise<void> {
    await this.page.route('**/api/blocks.write', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, ms))
      await route.continue()
    })
  }

  /** Saves reach the host at once again. */
  async undelaySaves(): Promise<void> {
    await this.page.unroute('**/api/blocks.write')
  }

  /** Types into the active cell and commits with Enter. */
  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text)
    await this.page.keyboard.press('Enter')
  }

  /** Dispatches a real paste event carrying `text`, as a spreadsheet's clipboard would. */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((data) => {
      // This runs in the page; the test project has Node types only, so name the DOM parts here.
      const dom = globalThis as unknown as {
        DataTransfer: new () => { setData(type: string, value: string): void }
        ClipboardEvent: new (type: string, init: object) => object
        document: {
          activeElement: { dispatchEvent(event: object): boolean } | null
          body: { dispatchEvent(event: object): boolean }
        }
      }
      const transfer = new dom.DataTransfer()
      transfer.setData('text/plain', data)
      const target = dom.document.activeElement ?? dom.document.body
      target.dispatchEvent(
        new dom.ClipboardEvent('paste', {
          clipboardData: transfer,
          bubbles: true,
          cancelable: true,
        }),
      )
    }, text)
  }

  /**
   * Fails unless the middle of `target` is what the coach sees there: not clipped away by a
   * container or covered by other rows (Playwright's visibility checks allow both).
   */
  async expectSeen(target: Locator): Promise<void> {
    await expect(target).toBeVisible()
    const seen = await target.evaluate((node) => {
      // This runs in the page; the test project has Node types only, so name the DOM parts here.
      interface Box {
        left: number
        top: number
        width: number
        height: number
      }
      interface DomElement {
        getBoundingClientRect(): Box
        contains(other: unknown): boolean
        ownerDocument: { elementFromPoint(x: number, y: number): unknown }
      }
      const element = node as unknown as DomElement
      const box = element.getBoundingClientRect()
      const hit = element.ownerDocument.elementFromPoint(
        box.left + box.width / 2,
        box.top + box.height / 2,
      )
      return hit === element || element.contains(hit)
    })
    expect(seen, 'the element is clipped or covered where it should show').toBe(true)
  }

  /** Every save has answered ("Saving…" shows only for slow saves; aria-busy from the start). */
  async saved(): Promise<void> {
    const status = this.page.getByRole('status').filter({ hasText: /saved|Saving/ })
    await expect(status).toHaveAttribute('aria-busy', 'false')
    await expect(status).toHaveText('All changes saved')
  }

  findingsFor(rule: string): Locator {
    return this.page
      .getByRole('region', { name: /Findings/ })
      .getByRole('list', { name: 'Findings', exact: true })
      .getByRole('listitem')
      .filter({ hasText: rule })
  }
}
