import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PROCEDURE_NAMES, contract } from '../../../shared/contract/contract'
import type { ProcedureName } from '../../../shared/contract/contract'
import type { Backend } from '../../../server/backend'
import { sqliteOf, testBackend, value } from '../../support/backend'
import { tempDir } from '../../support/temp-files'

const RUNS = 1000
const ID = '00000000-0000-4000-8000-000000000001'
const session = {
  id: 's1',
  weekIndex: 0,
  sortOrder: 0,
  day: 0,
  start: '07:00',
  durationMin: 60,
  modality: 'strength',
  region: 'lower',
}

/**
 * A valid input for every procedure. The fuzzer breaks one field of it at a time, so each refusal
 * must name that field. A procedure added to the contract without an example fails this test.
 */
const EXAMPLES: Record<ProcedureName, Record<string, unknown>> = {
  'app.info': {},
  'clients.list': { includeArchived: false, search: 'Maya' },
  'clients.get': { id: ID },
  'clients.create': { name: 'Ana', goal: 'strength', ageYears: 30, email: 'ana@example.com' },
  'clients.update': { id: ID, name: 'Ana', goal: 'strength' },
  'clients.importCsv': { csv: 'Name,Goal\r\nAna,strength\r\n', commit: false },
  'clients.archive': { id: ID },
  'clients.restore': { id: ID },
  'blocks.listForClient': { clientId: ID },
  'blocks.get': { id: ID },
  'blocks.create': {
    clientId: ID,
    name: 'Base',
    startDate: '2026-11-23',
    weeks: [{ phase: 'build' }],
    status: 'draft',
  },
  'blocks.duplicate': { id: ID, name: 'Copy', startDate: '2026-11-30' },
  'blocks.importCsv': { clientId: ID, name: 'From CSV', startDate: '2026-11-30', csv: '' },
  // `plan` is any JSON at the contract and is checked by the plan parser, field by field.
  'blocks.importPlan': { clientId: ID, name: 'Imported', startDate: '2026-11-30', plan: {} },
  'blocks.updateWeeks': { id: ID, revision: 1, weeks: [{ phase: 'base', deload: false }] },
  'blocks.applyPatches': {
    blockId: ID,
    revision: 1,
    patches: [{ op: 'insert', session }],
  },
  'blocks.write': {
    blockId: ID,
    revision: 1,
    write: { kind: 'patches', patches: [{ op: 'insert', session }] },
  },
  'blocks.enginePlan': { id: ID },
  'blocks.fitness': { id: ID },
  'blocks.previewPatches': {
    blockId: ID,
    revision: 1,
    patches: [{ op: 'insert', session }],
  },
  'blocks.setStatus': { id: ID, revision: 1, status: 'active' },
  'blocks.analyze': { id: ID },
  'blocks.balance': { id: ID, week: 0 },
  'roster.check': { offset: 0, limit: 10 },
  'handouts.export': {
    clientId: ID,
    pdf: true,
    ics: false,
    csv: false,
    paper: 'A4',
    folder: '/tmp',
  },
  'handouts.bundle': { downloads: ['/downloads/AAAAAAAAAAAAAAAAAAAAAA/a.pdf'] },
  'handouts.chooseFolder': {},
  'handouts.openCriticals': { clientId: ID, blockId: ID },
  'maxes.get': { clientId: ID },
  'maxes.set': { clientId: ID, lift: 'Back squat', oneRmKg: 140, measuredOn: '2026-11-01' },
  'imports.preview': {
    fileName: 'sheet.csv',
    text: 'Week,Day,Exercise,Sets,Reps\n1,Mon,Back squat,5,5\n',
    mapping: { week: 0, day: 1, exercise: 2 },
    clientId: ID,
    blockName: 'Imported',
    startDate: '2026-11-30',
    status: 'draft',
  },
  'imports.commit': {
    fileName: 'sheet.csv',
    text: 'Week,Day,Exercise,Sets,Reps\n1,Mon,Back squat,5,5\n',
    newClientName: 'Ana',
    blockName: 'Imported',
    startDate: '2026-11-30',
    status: 'draft',
  },
  'maxes.setMany': {
    clientId: ID,
    maxes: [{ lift: 'Back squat', oneRmKg: 140, measuredOn: '2026-11-01' }],
    thresholdPaceSecPerKm: 273,
  },
  'maxes.remove': { clientId: ID, lift: 'Back squat' },
  'maxes.setLoads': {
    clientId: ID,
    loads: { unit: 'kg', increment: 2.5, thresholdPaceSecPerKm: 290 },
  },
  'exercises.list': {},
  'exercises.save': {
    exercise: {
      name: 'Sissy squat',
      region: 'lower',
      pattern: 'squat',
      equipment: 'bodyweight',
      aliases: [],
      modality: 'strength',
    },
  },
  'exercises.merge': { fromId: ID, intoId: ID },
  'readiness.list': { clientId: ID, since: '2026-11-01' },
  'readiness.save': {
    clientId: ID,
    entries: [{ date: '2026-11-30', sleepH: 7, hrv: 4.2, sorenessLower: 3, fatigue: 4, mood: 3 }],
  },
  'readiness.remove': { clientId: ID, date: '2026-11-30' },
  'readiness.importCsv': { clientId: ID, csv: 'date,sleep_h\n2026-11-30,7\n' },
  'templates.list': {},
  'templates.get': { id: ID },
  'templates.save': {
    blockId: ID,
    weeks: { from: 1, to: 2 },
    name: 'Strength base',
    description: 'Four weeks',
    tags: ['strength'],
    progressions: [
      { kind: 'linear', lifts: ['Back squat'], weeks: { from: 1, to: 3 }, step: 2.5, unit: 'load' },
    ],
  },
  'templates.update': { id: ID, name: 'Strength base 2', tags: ['base'] },
  'templates.duplicate': { id: ID, name: 'Copy' },
  'templates.remove': { id: ID },
  'templates.restore': { id: ID },
  'templates.preview': {
    templateId: ID,
    clientId: ID,
    startDate: '2026-11-30',
    weeks: { from: 1, to: 2 },
  },
  'templates.apply': {
    templateId: ID,
    clientId: ID,
    startDate: '2026-11-30',
    weeks: { from: 1, to: 2 },
    name: 'Base',
    activate: false,
  },
  'findings.override': { blockId: ID, rule: 'INT-01', subject: 'w0:d0:s1', reason: 'agreed' },
  'findings.clearOverride': { blockId: ID, rule: 'INT-01', subject: 'w0:d0:s1' },
  'blocks.lastChange': { id: ID },
  'auth.signIn': { email: 'ana@example.com', password: 'a long password' },
  'auth.signInWithCode': {
    email: 'ana@example.com',
    code: 'K7QF-2MXD-9WPA',
    password: 'a long password',
  },
  'auth.signOut': {},
  'team.me': {},
  'team.coaches': {},
  'team.addCoach': { email: 'ana@example.com', name: 'Ana', role: 'coach' },
  'team.newSignInCode': { coachId: ID },
  'team.clientAccess': { clientId: ID },
  'team.shareClient': { clientId: ID, coachId: ID },
  'team.unshareClient': { clientId: ID, coachId: ID },
  'team.reassignClient': { clientId: ID, coachId: ID },
}

/** Values that are wrong for most fields: wrong types, out of range, oversized, nested junk. */
const badValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1e12, 1e12, Number.NaN, Number.POSITIVE_INFINITY),
  fc.string({ maxLength: 8 }),
  fc.constant('x'.repeat(100_000)),
  fc.constant(Array.from({ length: 10_001 }, () => 0)),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.anything({ maxDepth: 2 }), { maxKeys: 4 }),
)

let backend: Backend
const changes = () =>
  (sqliteOf(backend).sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n

beforeAll(async () => {
  backend = await testBackend({ seedDemo: true })
})
afterAll(async () => {
  await backend.close()
})

describe('every contract procedure refuses bad input without crashing or writing', () => {
  it('has an example for every procedure', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...PROCEDURE_NAMES].sort())
    for (const name of PROCEDURE_NAMES) {
      expect(contract[name].input.safeParse(EXAMPLES[name]).success, name).toBe(true)
    }
  })

  it.each(PROCEDURE_NAMES)(
    '%s: one broken field is refused with a message naming it',
    async (name) => {
      const example = EXAMPLES[name]
      const fields = Object.keys(example)
      const before = changes()
      await fc.assert(
        fc.asyncProperty(
          fields.length > 0 ? fc.constantFrom(...fields) : fc.constant('unexpected'),
          badValue,
          async (field, bad) => {
            const input = { ...example, [field]: bad }
            fc.pre(!contract[name].input.safeParse(input).success)
            const result = await backend.dispatch(name, input)
            expect(result.ok).toBe(false)
            if (result.ok) return
            expect(result.error.code).toBe('invalid_input')
            expect(result.error.message.length).toBeGreaterThan(0)
            expect(
              result.error.issues.some((i) => i.path === field || i.path.startsWith(`${field}.`)),
              `${name} ${field}: ${JSON.stringify(result.error.issues).slice(0, 300)}`,
            ).toBe(true)
          },
        ),
        { numRuns: RUNS, maxSkipsPerRun: 50 },
      )
      expect(changes()).toBe(before)
    },
  )

  it.each(PROCEDURE_NAMES)(
    '%s: an unknown field or a value of the wrong shape is refused',
    async (name) => {
      const before = changes()
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.anything({ maxDepth: 3 }).map((input) => ({ input, unknownKey: null })),
            fc
              .string({ minLength: 1, maxLength: 12 })
              .filter((key) => !(key in EXAMPLES[name]) && key !== '__proto__')
              .map((key) => ({ input: { ...EXAMPLES[name], [key]: 1 }, unknownKey: key })),
          ),
          async ({ input, unknownKey }) => {
            fc.pre(!contract[name].input.safeParse(input).success)
            const result = await backend.dispatch(name, input)
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
            // An unknown field is named in the refusal, on its own path.
            if (!result.ok && unknownKey !== null) {
              expect(result.error.issues).toContainEqual({
                path: unknownKey,
                message: `unknown field ${JSON.stringify(unknownKey).slice(0, 80)}`,
              })
            }
          },
        ),
        { numRuns: RUNS, maxSkipsPerRun: 50 },
      )
      expect(changes()).toBe(before)
    },
  )
})

/** Text that passes a type check but used to crash a handler (HTTP 500) further in. */
const HOSTILE_TEXT = [
  '\u0000Ana',
  'Ana\u0000',
  'constructor',
  '__proto__',
  '2024-99-99',
  '\u202Egnp.exe',
  '\u200B\u200B',
  '\u3164\u115F',
  'Ana\u061C',
  "'+1 keep",
  "-1+cmd|' /C calc'!A0",
]

describe('text that looks valid never crashes a handler (data safety, second pass)', () => {
  it.each(PROCEDURE_NAMES)(
    '%s: every text field, every hostile text: an answer, not an internal error',
    async (name) => {
      const example = EXAMPLES[name]
      for (const field of Object.keys(example).filter((f) => typeof example[f] === 'string')) {
        for (const text of HOSTILE_TEXT) {
          const result = await backend.dispatch(name, { ...example, [field]: text })
          expect(
            !result.ok && result.error.code,
            `${name} ${field} ${JSON.stringify(text)}`,
          ).not.toBe('internal')
        }
      }
    },
  )

  it.each<[string, { name: string; goal: string }, string]>([
    [
      'a NUL in a client name',
      { name: '\u0000Ana', goal: 'hybrid' },
      'Name must not hold control characters',
    ],
    [
      'only invisible characters',
      { name: '\u200B\u200B', goal: 'hybrid' },
      'Name must hold at least one visible character',
    ],
    [
      'a right-to-left override',
      { name: 'Ana \u202Egnp.exe', goal: 'hybrid' },
      'Name must not hold text-direction control characters',
    ],
    // Data safety, third pass: characters that show nothing although they are letters or symbols.
    ...['\u3164', '\u115F', '\u2800', '\u034F', '\u3164 \u2800\u034F', '\uFFA0'].map(
      (name): [string, { name: string; goal: string }, string] => [
        `only U+${name.codePointAt(0)!.toString(16).toUpperCase()} and the like`,
        { name, goal: 'hybrid' },
        'Name must hold at least one visible character',
      ],
    ),
    [
      'an Arabic letter mark (U+061C)',
      { name: 'Ana\u061C', goal: 'hybrid' },
      'Name must not hold text-direction control characters',
    ],
  ])('%s is a field message on the name', async (_what, input, message) => {
    expect(await backend.dispatch('clients.create', input)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: `name: ${message}`,
        issues: [{ path: 'name', message }],
      },
    })
  })

  it.each(['Олександр Коваленко', '김민준', 'محمد علي', 'Zoe\u0308 Ng', 'Đặng Thị Ngọc', '🏃 Sam'])(
    'a real name in any script is kept as typed: %s',
    async (name) => {
      const result = await backend.dispatch('clients.create', { name, goal: 'hybrid' })
      expect(result.ok && (result.value as { name: string }).name).toBe(name)
    },
  )

  it('a clients CSV whose header says "constructor" or "__proto__" is told which columns', async () => {
    const result = await backend.dispatch('clients.importCsv', {
      csv: 'Name,constructor,__proto__\r\nAna,1,2\r\n',
      commit: false,
    })
    // Refused by the shared parser before any reader keyed by column names sees them.
    expect(result.ok && result.value).toMatchObject({
      problems: [
        'row 1, constructor: "constructor" cannot be a column name',
        'row 1, __proto__: "__proto__" cannot be a column name',
      ],
      rows: [],
    })
  })

  it('a sessions CSV with the date 2024-99-99 asks for the start Monday', async () => {
    const clients = value<{ id: string; activeBlock: unknown }[]>(
      await backend.dispatch('clients.list', {}),
    ).filter((c) => c.activeBlock !== null)
    const { files } = value<{ files: string[] }>(
      await backend.dispatch('handouts.export', {
        clientId: clients[0]!.id,
        pdf: false,
        csv: true,
        folder: tempDir(),
      }),
    )
    const [header, first, ...rest] = readFileSync(files[0]!, 'utf8').split('\r\n')
    const spoilt = first!.replace(/\d{4}-\d{2}-\d{2}/, '2024-99-99')
    const result = await backend.dispatch('blocks.importCsv', {
      clientId: clients[0]!.id,
      name: 'From CSV',
      csv: [header, spoilt, ...rest].join('\r\n'),
    })
    expect(result).toMatchObject({ ok: false, error: { issues: [{ path: 'startDate' }] } })
  })
})
