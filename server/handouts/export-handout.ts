import path from 'node:path'
import { localIsoDate } from '../../shared/plans/calendar'
import { exerciseIndex } from '../../db/repositories/exercise.repository'
import { findClientNumbers } from '../../db/repositories/max.repository'
import { sessionDetailLines } from '../../shared/handouts/exercise-words'
import type { Kysely } from 'kysely'
import { findClient } from '../../db/repositories/client.repository'
import type { BlockSnapshots } from '../../db/repositories/block.repository'
import { listBlocksOfClient } from '../../db/repositories/block.repository'
import type { Database } from '../../db/schema'
import { DomainError } from '../../shared/contract/result'
import { guidanceLines } from '../../shared/handouts/guidance'
import { sessionsToCsv } from '../../shared/handouts/sessions-csv'
import { sessionsToIcs } from '../../shared/handouts/sessions-ics'
import { blockToPlan } from '../../shared/plans/block-plan'
import type { Block } from '../../shared/schemas/block.schema'
import type { Client } from '../../shared/schemas/client.schema'
import { analysisOfBlock } from '../block-analysis'
import { renderHandoutPdf } from './handout-pdf'
import type { Paper } from './handout-pdf'
import { FileSystemError } from '../../db/files/file-errors'
import { makeFolder } from '../../db/files/make-folder'
import { claimNewFile, writeNewFile } from '../../db/files/write-new-file'

export interface HandoutRequest {
  clientId: string
  /** A block of the client; the active block when absent. */
  blockId?: string | undefined
  /** First and last week to include, 1-based; the whole block when absent. */
  weeks?: { from: number; to: number } | undefined
  pdf: boolean
  ics: boolean
  csv: boolean
  paper: Paper
  folder: string
  /** Write over handout files already in the folder (the coach said so); otherwise refused. */
  replace: boolean
}

/** Longest file name most disks accept is 255 bytes; room is left for " (weeks 1-2).pdf". */
const NAME_BYTES = 200
/**
 * What a file name may not hold: control characters and the punctuation file systems reserve, and
 * bidirectional controls, which can make "gpj.exe" read as "exe.jpg" in a file manager.
 */
const UNSAFE_IN_FILE_NAMES =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f<>:"/\\|?*\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/**
 * A file name from a person's and a block's name: any script kept; what file systems refuse
 * (path separators, control characters, reserved punctuation) and bidirectional controls replaced;
 * cut to at most 200 UTF-8 bytes on a character boundary, so an emoji or an accented letter is
 * never split and a long CJK name still fits the disk's 255-byte limit.
 */
export function safeFileName(text: string): string {
  const cleaned = text
    .replace(UNSAFE_IN_FILE_NAMES, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '_')
  let name = ''
  let bytes = 0
  for (const { segment } of graphemes.segment(cleaned)) {
    bytes += Buffer.byteLength(segment, 'utf8')
    if (bytes > NAME_BYTES) break
    name += segment
  }
  return name.trim() || 'handout'
}

/**
 * A folder or file problem as a field message: a file already there on `replace` (the coach may
 * say to write over it), anything else on `folder`, so the dialog shows it there.
 */
function asFolderProblem(error: unknown): unknown {
  if (!(error instanceof FileSystemError)) return error
  if (error.code === 'EEXIST') {
    const message = `${path.basename(error.file)} is already in ${path.dirname(error.file)}`
    return new DomainError('invalid_input', `${message}; nothing was written.`, [
      { path: 'replace', message },
    ])
  }
  return new DomainError('invalid_input', error.message, [
    { path: 'folder', message: error.message },
  ])
}

/** The client and the block a handout is for: the one named, or the client's active block. */
async function handoutBlock(
  db: Kysely<Database>,
  blocks: BlockSnapshots,
  request: { clientId: string; blockId?: string | undefined },
): Promise<{ client: Client; block: Block }> {
  const client = await findClient(db, request.clientId)
  if (!client) throw new DomainError('not_found', `No client with id ${request.clientId}.`)
  const blockId =
    request.blockId ??
    (await listBlocksOfClient(db, client.id)).find((b) => b.status === 'active')?.id
  if (!blockId) {
    throw new DomainError('invalid_input', `${client.name} has no active block to hand out.`, [
      { path: 'blockId', message: `${client.name} has no active block` },
    ])
  }
  const block = await blocks.read(db, blockId)
  if (!block || block.clientId !== client.id) {
    throw new DomainError('not_found', `No block ${blockId} for ${client.name}.`)
  }
  return { client, block }
}

/**
 * The critical findings a coach has not overridden in the block a handout would be made from:
 * handing such a block to a client deserves a second look, so the app and the CLI ask first.
 */
export async function openCriticals(
  db: Kysely<Database>,
  blocks: BlockSnapshots,
  request: { clientId: string; blockId?: string | undefined },
): Promise<{ clientName: string; blockName: string; critical: number }> {
  const { client, block } = await handoutBlock(db, blocks, request)
  // Exactly the analysis the block screen shows: history, maxes and overrides included.
  const analysis = await analysisOfBlock({ db }, block)
  const critical = analysis.findings.filter(
    (f) => f.severity === 'critical' && f.override === null,
  ).length
  return { clientName: client.name, blockName: block.name, critical }
}

/** Writes one client's handout files into `folder`; returns their paths. */
export async function exportHandout(
  db: Kysely<Database>,
  blocks: BlockSnapshots,
  request: HandoutRequest,
  now: Date,
): Promise<{ clientName: string; files: string[] }> {
  const { client, block } = await handoutBlock(db, blocks, request)
  const from = (request.weeks?.from ?? 1) - 1
  const to = (request.weeks?.to ?? block.weeks.length) - 1
  if (from > to || to >= block.weeks.length) {
    throw new DomainError(
      'invalid_input',
      `Weeks ${from + 1}–${to + 1} are not in ${block.name}, which has ${block.weeks.length} weeks.`,
      [{ path: 'weeks', message: `this block has weeks 1–${block.weeks.length}` }],
    )
  }
  const weekIndexes = Array.from({ length: to - from + 1 }, (_, i) => from + i)
  const sessions = block.sessions.filter((s) => s.weekIndex >= from && s.weekIndex <= to)

  let folder: string
  try {
    folder = makeFolder(request.folder)
  } catch (error) {
    throw asFolderProblem(error)
  }
  const subset = from === 0 && to === block.weeks.length - 1 ? '' : ` (weeks ${from + 1}-${to + 1})`
  const base = path.join(folder, `${safeFileName(`${client.name} – ${block.name}`)}${subset}`)
  const files: string[] = []
  const options = { force: request.replace }
  // Every file is claimed before any is written: a client's handout comes whole or not at all.
  try {
    for (const [wanted, ext] of [
      [request.pdf, 'pdf'],
      [request.ics, 'ics'],
      [request.csv, 'csv'],
    ] as const) {
      if (wanted) claimNewFile(`${base}.${ext}`, options)
    }
  } catch (error) {
    throw asFolderProblem(error)
  }
  const write = (file: string, data: string | Buffer) => {
    try {
      writeNewFile(file, data, options)
    } catch (error) {
      throw asFolderProblem(error)
    }
    files.push(file)
  }

  const numbers = {
    ...(await findClientNumbers(db, client.id)),
    library: await exerciseIndex(db),
  }
  const details = new Map(sessions.map((s) => [s.id, sessionDetailLines(s, numbers)]))
  if (request.pdf) {
    const pdf = await renderHandoutPdf({
      details,
      clientName: client.name,
      blockName: block.name,
      startDate: block.startDate,
      weeks: block.weeks,
      weekIndexes,
      sessions,
      guidance: guidanceLines(
        blockToPlan(block, client, { library: numbers.library, numbers }),
        weekIndexes,
      ),
      paper: request.paper,
      madeOn: localIsoDate(now),
    })
    write(`${base}.pdf`, pdf)
  }
  if (request.ics) {
    write(`${base}.ics`, sessionsToIcs(block, sessions, { clientName: client.name, now, details }))
  }
  if (request.csv) write(`${base}.csv`, sessionsToCsv(client.name, block, sessions))
  return { clientName: client.name, files }
}
