import { beforeAll, describe, expect, it } from 'vitest'
import type { Backend } from '../../../server/backend'
import { dumpPostgres } from '../../../db/postgres/postgres-dump'
import { PROCEDURE_NAMES } from '../../../shared/contract/contract'
import type { ProcedureName } from '../../../shared/contract/contract'
import type { Result } from '../../../shared/contract/result'
import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { FROZEN_NOW, value } from '../../support/backend'
import { addedCoach, headCoach, teamBackend } from '../../support/team'
import type { SignedInCoach } from '../../support/team'
import { tempDir } from '../../support/temp-files'

/**
 * Two coaches on one team database: Ana owns Maya, Ben owns Tom. Through every procedure of the
 * contract, Ben cannot read, list, export or change Maya (unless she is shared with him), and the
 * same calls from Ana go through: the refusal is the permission, not a bad input.
 */

interface Fixture {
  maya: string
  mayaBlock: string
  revision: () => Promise<number>
  templateId: string
  folder: string
}

type InputFor = (f: Fixture) => Promise<object> | object

/** What Ben gets when he aims a procedure at Ana's client, decided here, not read from the code. */
type Expectation =
  | { kind: 'refused'; input: InputFor }
  /** A list: Ben's answer leaves Maya out. */
  | { kind: 'listed without Maya'; input: object }
  /** Shared by the whole team (the library, templates) or about Ben himself. */
  | { kind: 'team-wide' }
  /** Head coaches only. */
  | { kind: 'head only'; input: (f: Fixture) => object }
  /** Signing in or out, before or beside any client. */
  | { kind: 'sign-in' }

const refused = (input: InputFor): Expectation => ({
  kind: 'refused',
  input,
})
const teamWide: Expectation = { kind: 'team-wide' }
const WEEK_PLAN = {
  format: 'blockwise-week@1',
  client: { goal: 'hybrid' },
  week: { phase: 'build' },
  sessions: [{ id: 'a', day: 0, start: '07:00', durationMin: 30, modality: 'run' }],
}

const EXPECTED: Record<ProcedureName, Expectation> = {
  'app.info': teamWide,
  'clients.list': { kind: 'listed without Maya', input: { includeArchived: true } },
  'clients.get': refused((f) => ({ id: f.maya })),
  'clients.create': teamWide,
  'clients.update': refused((f) => ({ id: f.maya, name: 'Maya Renamed', goal: 'hybrid' })),
  'clients.archive': refused((f) => ({ id: f.maya })),
  'clients.restore': refused((f) => ({ id: f.maya })),
  'clients.importCsv': teamWide,
  'blocks.listForClient': refused((f) => ({ clientId: f.maya })),
  'blocks.get': refused((f) => ({ id: f.mayaBlock })),
  'blocks.create': refused((f) => ({
    clientId: f.maya,
    name: 'Sneaky',
    startDate: '2027-01-04',
    weeks: [{ phase: 'build' }],
  })),
  'blocks.importPlan': refused((f) => ({
    clientId: f.maya,
    name: 'Sneaky plan',
    startDate: '2027-01-04',
    plan: WEEK_PLAN,
  })),
  'blocks.importCsv': refused((f) => ({ clientId: f.maya, name: 'Sneaky CSV', csv: 'x' })),
  'blocks.duplicate': refused((f) => ({ id: f.mayaBlock, name: 'Copy', startDate: '2027-01-04' })),
  'blocks.updateWeeks': refused(async (f) => ({
    id: f.mayaBlock,
    revision: await f.revision(),
    weeks: [{ phase: 'base' }],
  })),
  'blocks.write': refused(async (f) => ({
    blockId: f.mayaBlock,
    revision: await f.revision(),
    write: { kind: 'status', status: 'draft' },
  })),
  'blocks.setStatus': refused(async (f) => ({
    id: f.mayaBlock,
    revision: await f.revision(),
    status: 'done',
  })),
  'blocks.applyPatches': refused(async (f) => ({
    blockId: f.mayaBlock,
    revision: await f.revision(),
    patches: [
      {
        op: 'insert',
        session: {
          id: `sneaky-${Math.random().toString(36).slice(2)}`,
          weekIndex: 0,
          sortOrder: 99,
          day: 6,
          start: '06:00',
          durationMin: 30,
          modality: 'walk',
        },
      },
    ],
  })),
  'blocks.previewPatches': refused(async (f) => ({
    blockId: f.mayaBlock,
    revision: await f.revision(),
    patches: [{ op: 'delete', id: 'no-such-session' }],
  })),
  'blocks.enginePlan': refused((f) => ({ id: f.mayaBlock })),
  'blocks.fitness': refused((f) => ({ id: f.mayaBlock })),
  'blocks.analyze': refused((f) => ({ id: f.mayaBlock })),
  'blocks.balance': refused((f) => ({ id: f.mayaBlock, week: 0 })),
  'blocks.lastChange': refused((f) => ({ id: f.mayaBlock })),
  'roster.check': { kind: 'listed without Maya', input: { offset: 0, limit: 100 } },
  'handouts.export': refused((f) => ({ clientId: f.maya, folder: f.folder })),
  'handouts.bundle': teamWide,
  'handouts.chooseFolder': teamWide,
  'handouts.openCriticals': refused((f) => ({ clientId: f.maya })),
  'maxes.get': refused((f) => ({ clientId: f.maya })),
  'maxes.set': refused((f) => ({
    clientId: f.maya,
    lift: 'Back squat',
    oneRmKg: 120,
    measuredOn: '2026-11-01',
  })),
  'maxes.setMany': refused((f) => ({
    clientId: f.maya,
    maxes: [{ lift: 'Deadlift', oneRmKg: 150, measuredOn: '2026-11-01' }],
  })),
  'maxes.remove': refused((f) => ({ clientId: f.maya, lift: 'Back squat' })),
  'maxes.setLoads': refused((f) => ({
    clientId: f.maya,
    loads: { unit: 'lb', increment: 5, thresholdPaceSecPerKm: null },
  })),
  'exercises.list': teamWide,
  'exercises.save': teamWide,
  'exercises.merge': teamWide,
  'readiness.list': refused((f) => ({ clientId: f.maya })),
  'readiness.save': refused((f) => ({
    clientId: f.maya,
    entries: [{ date: '2026-11-20', sleepH: 3 }],
  })),
  'readiness.remove': refused((f) => ({ clientId: f.maya, date: '2026-11-20' })),
  'imports.preview': refused((f) => ({ clientId: f.maya, fileName: 'week.json', text: '{}' })),
  'imports.commit': refused((f) => ({
    clientId: f.maya,
    fileName: 'week.json',
    text: JSON.stringify(WEEK_PLAN),
    startDate: '2027-01-04',
  })),
  'readiness.importCsv': refused((f) => ({
    clientId: f.maya,
    csv: 'date,sleep_h\n2026-11-19,4\n',
  })),
  'templates.list': teamWide,
  'templates.get': teamWide,
  'templates.save': refused((f) => ({ blockId: f.mayaBlock, name: `Maya's block ${Date.now()}` })),
  'templates.update': teamWide,
  'templates.duplicate': teamWide,
  'templates.remove': teamWide,
  'templates.restore': teamWide,
  'templates.preview': refused((f) => ({
    templateId: f.templateId,
    clientId: f.maya,
    startDate: '2027-01-04',
  })),
  'templates.apply': refused((f) => ({
    templateId: f.templateId,
    clientId: f.maya,
    startDate: '2027-01-04',
  })),
  'findings.override': refused((f) => ({
    blockId: f.mayaBlock,
    rule: 'INT-03',
    subject: 'anything',
    reason: 'not his call',
  })),
  'findings.clearOverride': refused((f) => ({
    blockId: f.mayaBlock,
    rule: 'INT-03',
    subject: 'anything',
  })),
  'auth.signIn': { kind: 'sign-in' },
  'auth.signInWithCode': { kind: 'sign-in' },
  'auth.signOut': { kind: 'sign-in' },
  'team.me': teamWide,
  'team.coaches': teamWide,
  'team.addCoach': {
    kind: 'head only',
    input: () => ({ email: 'intruder@example.com', name: 'Intruder' }),
  },
  'team.newSignInCode': { kind: 'head only', input: () => ({ coachId: 'coach-head' }) },
  'team.clientAccess': refused((f) => ({ clientId: f.maya })),
  'team.shareClient': refused((f) => ({ clientId: f.maya, coachId: 'coach-head' })),
  'team.unshareClient': refused((f) => ({ clientId: f.maya, coachId: 'coach-head' })),
  'team.reassignClient': { kind: 'head only', input: (f) => ({ clientId: f.maya, coachId: 'x' }) },
}

let backend: Backend
let head: SignedInCoach
let ana: SignedInCoach
let ben: SignedInCoach
let fixture: Fixture

const isRefusal = (result: Result<unknown>) =>
  !result.ok && (result.error.code === 'not_found' || result.error.code === 'unauthorized')

beforeAll(async () => {
  backend = await teamBackend({ seedDemo: true })
  head = await headCoach(backend)
  ana = await addedCoach(backend, head, { email: 'ana@example.com', name: 'Ana' })
  ben = await addedCoach(backend, head, { email: 'ben@example.com', name: 'Ben' })
  const roster = value<ClientSummary[]>(await head.call('clients.list', {}))
  const maya = roster.find((c) => c.name === 'Maya Okafor')!
  const tom = roster.find((c) => c.activeBlock !== null && c.id !== maya.id)!
  value(await head.call('team.reassignClient', { clientId: maya.id, coachId: ana.coach.id }))
  value(await head.call('team.reassignClient', { clientId: tom.id, coachId: ben.coach.id }))
  const templates = value<{ id: string }[]>(await head.call('templates.list', {}))
  fixture = {
    maya: maya.id,
    mayaBlock: maya.activeBlock!.id,
    revision: async () =>
      value<{ revision: number }>(await ana.call('blocks.get', { id: maya.activeBlock!.id }))
        .revision,
    templateId: templates[0]!.id,
    folder: tempDir(),
  }
})

const rosterRows = async () => (await dumpPostgres(backend.database.db, 0, FROZEN_NOW)).tables

describe("a coach and another coach's client", () => {
  it('every procedure has a decision here', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PROCEDURE_NAMES].sort())
  })

  it('Ben cannot read, list, export or change Maya through any procedure, and nothing changes', async () => {
    const before = await rosterRows()
    for (const name of PROCEDURE_NAMES) {
      const expected = EXPECTED[name]
      if (expected.kind === 'refused') {
        const result = await ben.call(name, await expected.input(fixture))
        expect(isRefusal(result), `${name}: ${JSON.stringify(result).slice(0, 200)}`).toBe(true)
        // Refused exactly as a client or block that does not exist: nothing is given away.
        if (!result.ok) expect(result.error.message).toMatch(/^No (client|block) with id /)
      }
      if (expected.kind === 'listed without Maya') {
        const answer = JSON.stringify(value(await ben.call(name, expected.input)))
        expect(answer, name).not.toContain(fixture.maya)
        expect(answer, name).not.toContain('Maya')
      }
      if (expected.kind === 'head only') {
        const result = await ben.call(name, expected.input(fixture))
        expect(result, name).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
      }
    }
    expect(await rosterRows()).toEqual(before)
  })

  it('the same calls from Ana, who owns Maya, get past the permission check', async () => {
    for (const name of PROCEDURE_NAMES) {
      const expected = EXPECTED[name]
      if (expected.kind !== 'refused') continue
      const result = await ana.call(name, await expected.input(fixture))
      expect(isRefusal(result), `${name}: ${JSON.stringify(result).slice(0, 300)}`).toBe(false)
    }
    const listed = value<ClientSummary[]>(await ana.call('clients.list', { includeArchived: true }))
    expect(listed.map((c) => c.id)).toContain(fixture.maya)
  })

  it('a head coach sees every client; shared with Ben, Maya is his to see until unshared', async () => {
    const all = value<ClientSummary[]>(await head.call('clients.list', { includeArchived: true }))
    expect(all.length).toBeGreaterThan(10)
    const mine = value<ClientSummary[]>(await ben.call('clients.list', { includeArchived: true }))
    expect(mine).toHaveLength(1)

    // Ben cannot share Maya with himself; Ana (her owner) can.
    expect(
      isRefusal(
        await ben.call('team.shareClient', { clientId: fixture.maya, coachId: ben.coach.id }),
      ),
    ).toBe(true)
    value(await ana.call('team.shareClient', { clientId: fixture.maya, coachId: ben.coach.id }))
    expect(value<{ id: string }>(await ben.call('clients.get', { id: fixture.maya })).id).toBe(
      fixture.maya,
    )
    const saved = await ben.call('blocks.applyPatches', await EXPECTED_INPUT('blocks.applyPatches'))
    expect(saved.ok).toBe(true)
    // Sharing is not owning: Ben cannot take Maya away from Ana, nor unshare her from others.
    expect(
      await ben.call('team.reassignClient', { clientId: fixture.maya, coachId: ben.coach.id }),
    ).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    expect(
      await ben.call('team.unshareClient', { clientId: fixture.maya, coachId: ben.coach.id }),
    ).toMatchObject({ ok: false, error: { code: 'unauthorized' } })

    value(await ana.call('team.unshareClient', { clientId: fixture.maya, coachId: ben.coach.id }))
    expect(isRefusal(await ben.call('clients.get', { id: fixture.maya }))).toBe(true)
  })

  it('a client a coach adds is theirs alone', async () => {
    const added = value<{ id: string }>(
      await ben.call('clients.create', { name: 'Ben’s new client', goal: 'hybrid' }),
    )
    expect(isRefusal(await ana.call('clients.get', { id: added.id }))).toBe(true)
    expect(value(await ben.call('team.clientAccess', { clientId: added.id }))).toEqual({
      clientId: added.id,
      ownerId: ben.coach.id,
      sharedWith: [],
    })
  })
})

const EXPECTED_INPUT = async (name: ProcedureName) => {
  const expected = EXPECTED[name]
  if (expected.kind !== 'refused') throw new Error(`${name} has no input here`)
  return expected.input(fixture)
}
