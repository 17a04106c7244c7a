import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { sessionsFromCsv } from '../../../shared/handouts/sessions-csv'
import { endTime, sessionTitle } from '../../../shared/handouts/session-words'
import { sessionsToIcs } from '../../../shared/handouts/sessions-ics'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import type { Backend } from '../../../server/backend'
import { FROZEN_NOW as FROZEN, testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const TRICKY_NAME = 'Zoë "Zee" O’Brien, Jr. – Олена Ковальчук'

/** A client with a three-week active block: a lift with a 25-min run after it, and a long run. */
async function clientWithBlock(backend: Backend, name = TRICKY_NAME) {
  const client = value<Client>(await backend.dispatch('clients.create', { name, goal: 'hybrid' }))
  const block = value<Block>(
    await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Spring build, phase "A"',
      startDate: '2027-03-01',
      weeks: [{ phase: 'build' }, { phase: 'build' }, { phase: 'deload', deload: true }],
      status: 'active',
    }),
  )
  const patches = [0, 1, 2].flatMap((w) => [
    {
      op: 'insert',
      session: {
        id: `lift-${w}`,
        weekIndex: w,
        sortOrder: 0,
        day: 0,
        start: '07:00',
        durationMin: 60,
        modality: 'strength',
        region: 'lower',
        topSetReps: 5,
        pct1rm: 82,
        notes: 'Squat, then RDL; "brace", breathe',
      },
    },
    {
      op: 'insert',
      session: {
        id: `jog-${w}`,
        weekIndex: w,
        sortOrder: 1,
        day: 0,
        start: '08:00',
        durationMin: 25,
        modality: 'run',
        runType: 'easy',
        zone: 2,
      },
    },
    {
      op: 'insert',
      session: {
        id: `long-${w}`,
        weekIndex: w,
        sortOrder: 0,
        day: 6,
        start: '09:30',
        durationMin: 80 + w * 10,
        modality: 'run',
        runType: 'long',
        terrain: 'rolling',
        // The coach's own name for it, as a coach sheet's workout name arrives.
        title: 'Sunday hills',
      },
    },
  ])
  value(await backend.dispatch('blocks.applyPatches', { blockId: block.id, revision: 1, patches }))
  return { client, block: value<Block>(await backend.dispatch('blocks.get', { id: block.id })) }
}

/** The text of the sessions CSV the app writes for a client's active block. */
async function exportedCsv(backend: Backend, clientId: string): Promise<string> {
  const { files } = value<{ files: string[] }>(
    await backend.dispatch('handouts.export', {
      clientId,
      pdf: false,
      csv: true,
      folder: tempDir(),
    }),
  )
  return readFileSync(files[0]!, 'utf8')
}

const pdftotext = (file: string) =>
  execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
const pdfinfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

describe('client handouts', () => {
  it('a PDF names the client, lists every session of the chosen weeks, carries the guidance, and renders every page', async () => {
    const backend = await testBackend()
    const { client, block } = await clientWithBlock(backend)
    const folder = tempDir()
    const { files } = value<{ files: string[] }>(
      await backend.dispatch('handouts.export', {
        clientId: client.id,
        weeks: { from: 1, to: 2 },
        pdf: true,
        folder,
      }),
    )
    expect(files.map((f) => path.basename(f))).toEqual([
      'Zoë _Zee_ O’Brien, Jr. – Олена Ковальчук – Spring build, phase _A_ (weeks 1-2).pdf',
    ])
    const text = pdftotext(files[0]!)
    expect(text).toContain(TRICKY_NAME)
    expect(text).toContain('Spring build, phase "A"')
    for (const s of block.sessions.filter((x) => x.weekIndex <= 1)) {
      expect(text).toContain(`${s.start}–${endTime(s)}`)
      expect(text).toContain(sessionTitle(s))
    }
    expect(text).toContain('90 min') // week 2's long run
    expect(text).not.toContain('100 min') // week 3 was not chosen
    expect(text).toContain('Coach: Squat, then RDL; "brace", breathe')
    // Advice that this block keeps (lift first; the run after it easy), and none it breaks: the
    // 25-minute run straight after lifting is neither 6 hours later nor a 10-minute cool-down.
    expect(text).toContain('lift first and run after')
    expect(text).toContain('Keep the run straight after lifting at an easy')
    expect(text).not.toContain('6 hours')
    expect(text).not.toContain('5–10 easy minutes')
    const pages = Number(/Pages:\s+(\d+)/.exec(pdfinfo(files[0]!))![1])
    const out = tempDir()
    execFileSync('pdftoppm', ['-r', '50', '-png', files[0]!, path.join(out, 'page')])
    expect(readdirSync(out).filter((f) => f.endsWith('.png'))).toHaveLength(pages)
    // Written under its final name only: no temporary file is left behind.
    expect(readdirSync(folder)).toEqual([path.basename(files[0]!)])
    await backend.close()
  })

  it('prints on US Letter as well as A4', async () => {
    const backend = await testBackend()
    const { client } = await clientWithBlock(backend)
    const sizes: string[] = []
    for (const paper of ['A4', 'LETTER'] as const) {
      const { files } = value<{ files: string[] }>(
        await backend.dispatch('handouts.export', {
          clientId: client.id,
          paper,
          folder: tempDir(),
        }),
      )
      sizes.push(/Page size:\s+([\d.]+ x [\d.]+)/.exec(pdfinfo(files[0]!))![1]!)
    }
    expect(sizes).toEqual(['595.28 x 841.89', '612 x 792'])
    await backend.close()
  })

  it('a calendar file parses with ical.js into exactly the block’s sessions at their times', async () => {
    const backend = await testBackend()
    const { client, block } = await clientWithBlock(backend)
    const { files } = value<{ files: string[] }>(
      await backend.dispatch('handouts.export', {
        clientId: client.id,
        pdf: false,
        ics: true,
        folder: tempDir(),
      }),
    )
    const text = readFileSync(files[0]!, 'utf8')
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true)
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
    // ical.js leaves X- properties escaped (it knows them as no type), so unescape here.
    const calendarName = String(calendar.getFirstPropertyValue('x-wr-calname'))
    expect(calendarName.replace(/\\([,;\\])/g, '$1')).toBe(
      `Spring build, phase "A" – ${TRICKY_NAME}`,
    )
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
    expect(events).toHaveLength(block.sessions.length)
    const byUid = new Map(events.map((e) => [e.uid, e]))
    for (const s of block.sessions) {
      const event = byUid.get(`${s.id}@blockwise`)!
      const date = new Date(Date.UTC(2027, 2, 1 + s.weekIndex * 7 + s.day))
      expect(event.summary).toBe(sessionTitle(s))
      expect(event.startDate.toString()).toBe(`${date.toISOString().slice(0, 10)}T${s.start}:00`)
      expect(event.endDate.subtractDate(event.startDate).toSeconds()).toBe(s.durationMin * 60)
    }
    // The coach's name for a session is what the client sees, with what kind of session it is.
    expect(byUid.get('long-0@blockwise')!.summary).toBe('Sunday hills (Long run)')
    expect(byUid.get('jog-0@blockwise')!.summary).toBe('Easy run')
    expect(byUid.get('lift-0@blockwise')!.description).toContain(
      'Coach: Squat, then RDL; "brace", breathe',
    )
    await backend.close()
  })

  it('a CSV re-imports to exactly the same sessions, and the tricky name survives', async () => {
    const backend = await testBackend()
    const { client, block } = await clientWithBlock(backend)
    const text = await exportedCsv(backend, client.id)
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text).toContain('"Zoë ""Zee"" O’Brien, Jr. – Олена Ковальчук"')
    expect(sessionsFromCsv(text)).toEqual({
      ok: true,
      sessions: block.sessions,
      weeks: new Map(block.weeks.map((w, i) => [i, w])),
    })
    await backend.close()
  })

  it('a CSV whose rows disagree on a week’s phase is refused, naming both lines', async () => {
    const backend = await testBackend()
    const { client } = await clientWithBlock(backend)
    const lines = (await exportedCsv(backend, client.id)).split('\r\n')
    // The first two sessions are both in week 1 ("build"); call the second one "peak".
    lines[2] = lines[2]!.replace(',build,no,', ',peak,no,')
    const result = sessionsFromCsv(lines.join('\r\n'))
    expect(result).toEqual({
      ok: false,
      issues: [{ path: 'line 3', message: 'Phase: week 1 is "peak" here but "build" on line 2' }],
    })
    await backend.close()
  })

  it('a CSV the app exported imports back as a new block with the same sessions and dates', async () => {
    const backend = await testBackend()
    const { client, block } = await clientWithBlock(backend)
    const copy = value<Block>(
      await backend.dispatch('blocks.importCsv', {
        clientId: client.id,
        name: 'Re-imported',
        csv: await exportedCsv(backend, client.id),
      }),
    )
    expect(copy.startDate).toBe(block.startDate)
    // Every week has sessions here, so each gets its phase and deload flag back.
    expect(copy.weeks).toEqual(block.weeks)
    const content = (b: Block) =>
      b.sessions.map(({ id: _id, attachedTo, ...rest }) => ({
        ...rest,
        attachedTo: attachedTo === null ? null : b.sessions.findIndex((s) => s.id === attachedTo),
      }))
    expect(content(copy)).toEqual(content(block))
    const broken = await backend.dispatch('blocks.importCsv', {
      clientId: client.id,
      name: 'Broken',
      csv: 'Name,Goal\r\nAna,strength\r\n',
    })
    expect(broken).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    await backend.close()
  })

  it('refuses a client without an active block and an empty choice of formats, writing nothing', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'strength' }),
    )
    const folder = tempDir()
    const none = await backend.dispatch('handouts.export', { clientId: client.id, folder })
    expect(none).toMatchObject({
      ok: false,
      error: { message: 'Ana has no active block to hand out.' },
    })
    const nothing = await backend.dispatch('handouts.export', {
      clientId: client.id,
      pdf: false,
      folder,
    })
    expect(nothing).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'pdf', message: 'Choose at least one of PDF, calendar or CSV' }] },
    })
    expect(readdirSync(folder)).toEqual([])
    await backend.close()
  })
})

describe('calendar files (data safety, second pass)', () => {
  const block = { id: 'b1', name: 'Base', startDate: '2026-11-23' }
  const late = {
    id: 'late',
    weekIndex: 0,
    sortOrder: 0,
    day: 6,
    start: '23:00',
    durationMin: 90,
    modality: 'run',
    terrain: 'flat',
    priority: 'normal',
    locked: false,
    attachedTo: null,
    tag: null,
    status: 'planned',
    toFailure: false,
    notes: 'Bring a \u0007bell\u0000 and a torch',
  } as const

  it('a session that runs past midnight ends the next day; control characters are left out', () => {
    const ics = sessionsToIcs(block, [late], { clientName: 'Ana\u0001', now: FROZEN })
    expect(ics).toContain('DTSTART:20261129T230000')
    expect(ics).toContain('DTEND:20261130T003000')
    // eslint-disable-next-line no-control-regex
    expect(ics).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    const event = new ICAL.Event(
      new ICAL.Component(ICAL.parse(ics) as unknown[]).getFirstSubcomponent('vevent')!,
    )
    expect(event.endDate.toString()).toBe('2026-11-30T00:30:00')
    expect(event.description).toContain('Bring a bell and a torch')
  })

  it('block start dates are limited to years 1900–2200, so every DTSTART is one a calendar reads', async () => {
    const backend = await testBackend()
    const client = value<Client>(
      await backend.dispatch('clients.create', { name: 'Ana', goal: 'hybrid' }),
    )
    const far = await backend.dispatch('blocks.create', {
      clientId: client.id,
      name: 'Far',
      startDate: '9999-12-27',
      weeks: [{ phase: 'build' }],
    })
    expect(far).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'startDate', message: 'dates run from 1900 to 2200' }] },
    })
    await backend.close()
  })
})
