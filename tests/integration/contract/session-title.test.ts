import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { testBackend, value } from '../../support/backend'

async function blockWithOneSession() {
  const backend = await testBackend()
  const client = value<Client>(
    await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
  )
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Base',
      startDate: '2026-11-23',
      weeks: [{ phase: 'build' }],
    }),
  )
  const session = {
    id: 's-legs',
    weekIndex: 0,
    day: 0,
    start: '07:00',
    durationMin: 60,
    modality: 'strength',
    region: 'lower',
    sortOrder: 0,
    title: 'Legs heavy',
  }
  const saved = await backend.dispatch('blocks.applyPatches', {
    blockId: block.id,
    revision: block.revision,
    patches: [{ op: 'insert', session }],
  })
  expect(saved.ok).toBe(true)
  return { backend, blockId: block.id }
}

const get = async (backend: Awaited<ReturnType<typeof testBackend>>, id: string) =>
  value<Block>(await backend.dispatch('blocks.get', { id }))

describe("a session's title (a coach sheet's workout name)", () => {
  it('is stored, read back, changed and cleared through the contract', async () => {
    const { backend, blockId } = await blockWithOneSession()
    let block = await get(backend, blockId)
    expect(block.sessions[0]?.title).toBe('Legs heavy')

    const patch = (title: string | null) =>
      backend.dispatch('blocks.applyPatches', {
        blockId,
        revision: block.revision,
        patches: [{ op: 'update', id: 's-legs', changes: { title } }],
      })
    expect((await patch('  Squat day  ')).ok).toBe(true)
    block = await get(backend, blockId)
    expect(block.sessions[0]?.title).toBe('Squat day')

    expect((await patch(null)).ok).toBe(true)
    block = await get(backend, blockId)
    expect(block.sessions[0]).not.toHaveProperty('title')
    await backend.close()
  })

  it('refuses an empty, multi-line or over-long title, naming the field, and keeps the old one', async () => {
    const { backend, blockId } = await blockWithOneSession()
    const block = await get(backend, blockId)
    for (const title of ['   ', 'Legs\nheavy', 'x'.repeat(201)]) {
      const result = await backend.dispatch('blocks.applyPatches', {
        blockId,
        revision: block.revision,
        patches: [{ op: 'update', id: 's-legs', changes: { title } }],
      })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.issues.map((i) => i.message).join(' ')).toMatch(/Title/)
      }
    }
    expect((await get(backend, blockId)).sessions[0]?.title).toBe('Legs heavy')
    await backend.close()
  })

  it('the database itself refuses an empty title', async () => {
    const { backend } = await blockWithOneSession()
    await expect(
      backend.database.db
        .updateTable('sessions')
        .set({ title: '' })
        .where('id', '=', 's-legs')
        .execute(),
    ).rejects.toThrow(/CHECK constraint|check constraint/)
    await backend.close()
  })
})
