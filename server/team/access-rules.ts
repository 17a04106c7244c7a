import type { ParsedInput, ProcedureName, ProcedureOutput } from '../../shared/contract/contract'

/**
 * Who may call each procedure on a team server, and what a call changes, declared once per
 * procedure: the dispatcher checks the rule before the handler runs (server/team/team-gate.ts),
 * so a coach's rights never depend on what the page shows or hides. A procedure missing here is a
 * compile error.
 *
 * - public: before signing in (sign-in itself).
 * - anyone: any signed-in coach (team-wide things: the exercise library, templates).
 * - head: head coaches only.
 * - ownClients: a list the handler narrows to the coach's own and shared clients.
 * - client / block: the client (or the block's client) must be the coach's own or shared with
 *   them, or the coach a head coach; otherwise the answer is the handler's own "No client with
 *   id …", so a coach cannot even learn that another coach's client exists.
 *
 * `changes` names what a write touched, for the change log and the live updates: the client and
 * block it concerns (read from the input or the answer). `inTransaction` writes record themselves,
 * inside their own transaction, with the block revision they made (server/block-writes.ts).
 */
export interface ChangeTarget {
  clientId?: string | undefined
  blockId?: string | undefined
  revision?: number | undefined
}

type Rule<N extends ProcedureName> =
  | { access: 'public' | 'anyone' | 'head' | 'ownClients' }
  | { access: 'client'; clientId: (input: ParsedInput<N>) => string | undefined }
  | {
      access: 'block'
      blockId: (input: ParsedInput<N>) => string | undefined
      clientId?: (input: ParsedInput<N>) => string | undefined
    }

type Changes<N extends ProcedureName> =
  'none' | 'inTransaction' | ((input: ParsedInput<N>, output: ProcedureOutput<N>) => ChangeTarget)

export type AccessRule<N extends ProcedureName> = Rule<N> & { changes: Changes<N> }

const read = { changes: 'none' } as const
const anyone = { access: 'anyone' } as const
const byId = <I extends { id: string }>(input: I) => input.id
const byClientId = <I extends { clientId: string }>(input: I) => input.clientId
const byBlockId = <I extends { blockId: string }>(input: I) => input.blockId
const ofBlock = (b: { id: string; clientId: string; revision: number }): ChangeTarget => ({
  clientId: b.clientId,
  blockId: b.id,
  revision: b.revision,
})
const ofClient = (clientId: string): ChangeTarget => ({ clientId })
/** A write to the client its input names by clientId: the coach needs access to that client. */
const clientWrite = {
  access: 'client',
  clientId: byClientId,
  changes: (i: { clientId: string }) => ofClient(i.clientId),
} as const

export const ACCESS_RULES: { [N in ProcedureName]: AccessRule<N> } = {
  'app.info': { ...anyone, ...read },

  'clients.list': { access: 'ownClients', ...read },
  'clients.get': { access: 'client', clientId: byId, ...read },
  'clients.create': { ...anyone, changes: (_i, client) => ofClient(client.id) },
  'clients.update': { access: 'client', clientId: byId, changes: (i) => ofClient(i.id) },
  'clients.archive': { access: 'client', clientId: byId, changes: (i) => ofClient(i.id) },
  'clients.restore': { access: 'client', clientId: byId, changes: (i) => ofClient(i.id) },
  'clients.importCsv': { ...anyone, changes: () => ({}) },
  // A file for a new client (or a clients CSV) needs no access; one for an existing client does.
  'imports.preview': { access: 'client', clientId: (i) => i.clientId, ...read },
  'imports.commit': {
    access: 'client',
    clientId: (i) => i.clientId,
    changes: (_i, r) =>
      r.clientId ? { clientId: r.clientId, ...(r.blockId ? { blockId: r.blockId } : {}) } : {},
  },

  'blocks.listForClient': { access: 'client', clientId: byClientId, ...read },
  'blocks.get': { access: 'block', blockId: byId, ...read },
  'blocks.create': { access: 'client', clientId: byClientId, changes: (_i, b) => ofBlock(b) },
  'blocks.importPlan': {
    // A plan for a new client makes the coach its owner; one for an existing client needs access.
    access: 'client',
    clientId: (i) => i.clientId,
    changes: (_i, b) => ofBlock(b),
  },
  'blocks.importCsv': { access: 'client', clientId: byClientId, changes: (_i, b) => ofBlock(b) },
  'blocks.duplicate': { access: 'block', blockId: byId, changes: (_i, b) => ofBlock(b) },
  'blocks.write': { access: 'block', blockId: byBlockId, changes: 'inTransaction' },
  'blocks.updateWeeks': { access: 'block', blockId: byId, changes: 'inTransaction' },
  'blocks.setStatus': { access: 'block', blockId: byId, changes: 'inTransaction' },
  'blocks.applyPatches': { access: 'block', blockId: byBlockId, changes: 'inTransaction' },
  'blocks.previewPatches': { access: 'block', blockId: byBlockId, ...read },
  'blocks.enginePlan': { access: 'block', blockId: byId, ...read },
  'blocks.fitness': { access: 'block', blockId: byId, ...read },
  'blocks.analyze': { access: 'block', blockId: byId, ...read },
  'blocks.balance': { access: 'block', blockId: byId, ...read },
  'blocks.lastChange': { access: 'block', blockId: byId, ...read },

  'roster.check': { access: 'ownClients', ...read },

  'handouts.export': { access: 'block', blockId: (i) => i.blockId, clientId: byClientId, ...read },
  // A download address is the coach's own: the host serves it only to the coach it was made for.
  'handouts.bundle': { ...anyone, ...read },
  'handouts.chooseFolder': { ...anyone, ...read },
  'handouts.openCriticals': {
    access: 'block',
    blockId: (i) => i.blockId,
    clientId: byClientId,
    ...read,
  },

  'maxes.get': { access: 'client', clientId: byClientId, ...read },
  'maxes.set': clientWrite,
  'maxes.setMany': clientWrite,
  'maxes.remove': clientWrite,
  'maxes.setLoads': clientWrite,

  'exercises.list': { ...anyone, ...read },
  'exercises.save': { ...anyone, changes: () => ({}) },
  'exercises.merge': { ...anyone, changes: () => ({}) },

  'readiness.list': { access: 'client', clientId: byClientId, ...read },
  'readiness.save': clientWrite,
  'readiness.remove': clientWrite,
  'readiness.importCsv': clientWrite,

  'templates.list': { ...anyone, ...read },
  'templates.get': { ...anyone, ...read },
  'templates.save': { access: 'block', blockId: byBlockId, changes: () => ({}) },
  'templates.update': { ...anyone, changes: () => ({}) },
  'templates.duplicate': { ...anyone, changes: () => ({}) },
  'templates.remove': { ...anyone, changes: () => ({}) },
  'templates.restore': { ...anyone, changes: () => ({}) },
  'templates.preview': { access: 'client', clientId: (i) => i.clientId, ...read },
  'templates.apply': { access: 'client', clientId: byClientId, changes: (_i, b) => ofBlock(b) },

  'findings.override': {
    access: 'block',
    blockId: byBlockId,
    changes: (i) => ({ blockId: i.blockId }),
  },
  'findings.clearOverride': {
    access: 'block',
    blockId: byBlockId,
    changes: (i) => ({ blockId: i.blockId }),
  },

  'auth.signIn': { access: 'public', ...read },
  'auth.signInWithCode': { access: 'public', ...read },
  'auth.signOut': { ...anyone, ...read },

  'team.me': { ...anyone, ...read },
  'team.coaches': { ...anyone, ...read },
  'team.addCoach': { access: 'head', changes: () => ({}) },
  'team.newSignInCode': { access: 'head', ...read },
  'team.clientAccess': { access: 'client', clientId: byClientId, ...read },
  'team.shareClient': clientWrite,
  'team.unshareClient': clientWrite,
  'team.reassignClient': { access: 'head', changes: (i) => ofClient(i.clientId) },
}
