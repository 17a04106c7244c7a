import { describe, expect, it } from 'vitest'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { RosterCheckPage } from '../../../shared/schemas/roster.schema'
import { testBackend, value } from '../../support/backend'

describe('the roster check', () => {
  it('on the demo roster returns exactly the findings of analysing each active block alone', async () => {
    const backend = await testBackend({ seedDemo: true })
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const active = clients.filter((c) => c.activeBlock !== null)
    expect(active.length).toBeGreaterThan(8)

    const alone = []
    for (const client of active) {
      const analysis = value<BlockAnalysis>(
        await backend.dispatch('blocks.analyze', { id: client.activeBlock!.id }),
      )
      alone.push(...analysis.findings.map((f) => ({ ...f, blockId: client.activeBlock!.id })))
    }
    // Paged in threes, as the app pages it, to prove pages neither skip nor repeat a client.
    const pages: RosterCheckPage[] = []
    for (let offset = 0; ; offset += 3) {
      const page = value<RosterCheckPage>(
        await backend.dispatch('roster.check', { offset, limit: 3 }),
      )
      pages.push(page)
      if (offset + 3 >= page.total) break
    }
    expect(pages[0]!.total).toBe(active.length)
    const checked = pages.flatMap((p) => p.checked.map((c) => c.blockId))
    expect([...checked].sort()).toEqual(active.map((c) => c.activeBlock!.id).sort())
    const key = (f: { blockId: string; rule: string; subject: string; severity: string }) =>
      `${f.blockId} ${f.rule} ${f.subject} ${f.severity}`
    const roster = pages.flatMap((p) => p.findings)
    expect(roster.map(key).sort()).toEqual(alone.map(key).sort())
    expect(roster.length).toBeGreaterThan(20)
    // Each finding names its client and block.
    const maya = clients.find((c) => c.name === 'Maya Okafor')!
    expect(roster.find((f) => f.clientId === maya.id)).toMatchObject({
      clientName: 'Maya Okafor',
      blockName: maya.activeBlock!.name,
    })
    await backend.close()
  })

  it('leaves archived clients out', async () => {
    const backend = await testBackend({ seedDemo: true })
    const before = value<RosterCheckPage>(
      await backend.dispatch('roster.check', { offset: 0, limit: 500 }),
    )
    const maya = value<ClientSummary[]>(
      await backend.dispatch('clients.list', { search: 'Maya' }),
    )[0]!
    value(await backend.dispatch('clients.archive', { id: maya.id }))
    const after = value<RosterCheckPage>(
      await backend.dispatch('roster.check', { offset: 0, limit: 500 }),
    )
    expect(after.total).toBe(before.total - 1)
    expect(after.findings.some((f) => f.clientId === maya.id)).toBe(false)
    await backend.close()
  })
})
