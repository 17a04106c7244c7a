import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Block } from '../../../shared/schemas/block.schema'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import type { ImportPreview, ImportResult } from '../../../shared/schemas/import.schema'
import { testBackend, value } from '../../support/backend'

const fixture = (name: string) => readFileSync(path.resolve('tests/fixtures', name), 'utf8')
const SECOND = fixture('coach-sheet-second.csv')

describe('one import path: imports.preview and imports.commit', () => {
  it('a second coach’s sheet: "Run - intervals" comes in as intervals with the RPE of its line, workout names kept, for a new client', async () => {
    const backend = await testBackend({ seedDemo: true })
    const request = {
      fileName: 'Spring block.csv',
      text: SECOND,
      newClientName: 'Lena Brandt',
      startDate: '2027-03-01',
    }
    const preview = value<ImportPreview>(await backend.dispatch('imports.preview', request))
    expect(preview).toMatchObject({
      format: 'coach-sheet',
      problems: [],
      client: { id: null, name: 'Lena Brandt', isNew: true },
      needsClient: 'existing-or-new',
    })
    expect(preview.mapping).toMatchObject({ week: 0, day: 1, time: 2, session: 3, exercise: 4 })
    const tuesday = preview.block!.sessions.find((s) => s.day === 1)!
    expect(tuesday).toMatchObject({
      kind: 'intervals run',
      title: 'Run - intervals',
      rpe: 9,
      lines: [{ stored: '8 x 400 m 8x400m @RPE9 rest 1:30' }],
    })
    expect(preview.block!.sessions.find((s) => s.day === 5)).toMatchObject({
      kind: 'long run',
      title: 'Run - long',
      rpe: 5,
    })

    const result = value<ImportResult>(await backend.dispatch('imports.commit', request))
    expect(result.summary).toBe(
      'Imported 6 sessions with 6 exercise lines in 1 week as "Spring block" (draft, from 2027-03-01) for the new client Lena Brandt.',
    )
    const block = value<Block>(await backend.dispatch('blocks.get', { id: result.blockId }))
    const run = block.sessions.find((s) => s.day === 1)!
    expect(run).toMatchObject({
      modality: 'run',
      runType: 'intervals',
      rpe: 9,
      title: 'Run - intervals',
    })
    expect(block.sessions.find((s) => s.day === 0)).toMatchObject({
      modality: 'strength',
      title: 'Legs heavy',
    })
    // The engine sees intervals the day after heavy squats, as the coach wrote it.
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    expect(clients.find((c) => c.name === 'Lena Brandt')?.id).toBe(block.clientId)
    await backend.close()
  })

  it('previews an existing client’s loads: RPE 7 on a 120 kg RDL is 87.5 kg', async () => {
    const backend = await testBackend({ seedDemo: true })
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const tom = clients.find((c) => c.name === 'Tom Becker')!
    value(
      await backend.dispatch('maxes.set', {
        clientId: tom.id,
        lift: 'RDL',
        oneRmKg: 120,
        measuredOn: '2026-11-01',
      }),
    )
    const preview = value<ImportPreview>(
      await backend.dispatch('imports.preview', { text: SECOND, clientId: tom.id }),
    )
    const monday = preview.block!.sessions.find((s) => s.day === 0)!
    expect(monday.lines[1]).toEqual({
      stored: 'Romanian deadlift 3x8 @RPE7 rest 2min',
      reads: 'Romanian deadlift: 3 × 8 · 87.5 kg (RPE 7) · rest 2:00',
    })
    await backend.close()
  })

  it.each([
    [
      'a ragged row',
      SECOND.replace('1,Monday,,,RDL,3,8,,7,2:00,', '1,Monday,,,RDL,3,8'),
      /row 3.*cells/,
    ],
    ['a column named twice', SECOND.replace('Cues', 'RPE'), /row 1, RPE.*same name/],
    ['an unclosed quote', SECOND.replace('Belt on top sets', '"Belt on top sets'), /quote/],
    [
      'a load that is not a number',
      SECOND.replace('80%', '1e9kg'),
      /row 2, Load "1e9kg": an intensity like/,
    ],
  ])('%s is named by row and column, and nothing is written', async (_what, text, words) => {
    const backend = await testBackend({ seedDemo: true })
    const before = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const request = { text, newClientName: 'Lena Brandt', startDate: '2027-03-01' }
    const preview = value<ImportPreview>(await backend.dispatch('imports.preview', request))
    expect(preview.problems.length).toBeGreaterThan(0)
    expect(preview.block).toBeNull()
    const refused = await backend.dispatch('imports.commit', request)
    expect(refused.ok).toBe(false)
    expect(!refused.ok && refused.error.message).toMatch(words)
    expect(value<ClientSummary[]>(await backend.dispatch('clients.list', {}))).toEqual(before)
    await backend.close()
  })

  it('a block file without a client is not written: the coach chooses one', async () => {
    const backend = await testBackend({ seedDemo: true })
    const refused = await backend.dispatch('imports.commit', { text: SECOND })
    expect(!refused.ok && refused.error.issues).toEqual([
      { path: 'clientId', message: 'Choose a client, or name a new one' },
    ])
    await backend.close()
  })

  it('a file with a header and nothing under it is refused, and no empty block or client is made', async () => {
    const backend = await testBackend({ seedDemo: true })
    const clients = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    const maya = clients.find((c) => c.name === 'Maya Okafor')!
    const blocksOf = async () =>
      value<unknown[]>(await backend.dispatch('blocks.listForClient', { clientId: maya.id })).length
    const before = await blocksOf()
    const files = [
      // A coach's sheet with only its header row (and a blank line under it).
      { text: 'Week,Day,Exercise,Sets,Reps\r\n\r\n', message: 'The file has no sessions in it.' },
      // A week plan with no sessions.
      {
        text: JSON.stringify({
          format: 'blockwise-week@1',
          client: { goal: 'hybrid' },
          week: { phase: 'build', deload: false },
          sessions: [],
        }),
        message: 'The file has no sessions in it.',
      },
      { text: 'date,sleep_h,hrv\n', message: 'The file has no readiness reports in it.' },
    ]
    for (const { text, message } of files) {
      const request = { fileName: 'empty.csv', text, clientId: maya.id, startDate: '2027-03-01' }
      const preview = value<ImportPreview>(await backend.dispatch('imports.preview', request))
      expect(preview.problems.map((p) => p.message)).toEqual([message])
      const refused = await backend.dispatch('imports.commit', request)
      expect(refused.ok).toBe(false)
      const newClient = await backend.dispatch('imports.commit', {
        fileName: 'empty.csv',
        text,
        newClientName: 'Nobody Yet',
        startDate: '2027-03-01',
      })
      expect(newClient.ok).toBe(false)
    }
    expect(await blocksOf()).toBe(before)
    const after = value<ClientSummary[]>(await backend.dispatch('clients.list', {}))
    expect(after.map((c) => c.name)).toEqual(clients.map((c) => c.name))
    await backend.close()
  })
})
