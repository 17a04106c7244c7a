import { readFileSync } from 'node:fs'
import path from 'node:path'
import { WEEKDAY_NAMES } from '../../shared/schemas/common.schema'
import { longDate, shortDate } from '../../shared/handouts/dates'
import { sessionDate } from '../../shared/plans/calendar'
import { endTime, prescription, sessionTitle } from '../../shared/handouts/session-words'
import type { BlockSession, WeekSettings } from '../../shared/schemas/block.schema'
import { FONTS_DIR } from '../project-paths'

export type Paper = 'A4' | 'LETTER'

export interface HandoutContent {
  clientName: string
  blockName: string
  startDate: string
  weeks: WeekSettings[]
  /** Block week indexes to print, in order. */
  weekIndexes: number[]
  sessions: BlockSession[]
  /** Each session's exercise lines and pace band in the client's numbers (by session id). */
  details: ReadonlyMap<string, readonly string[]>
  guidance: string[]
  paper: Paper
  /** Printed in the footer: when the handout was made. */
  madeOn: string
}

const INK = '#1b2430'
const MUTED = '#5b6675'
const RULE = '#c9d0d9'
const ACCENT = '#1f5fbf'
const MARGIN = 50

const phaseText = (w: WeekSettings) =>
  w.deload && w.phase !== 'deload' ? `${w.phase}, deload` : w.phase

/** "Weeks 1–3 build, week 4 deload": the block's phases in one line. */
function phaseSummary(weeks: readonly WeekSettings[], indexes: readonly number[]): string {
  const runs: { from: number; to: number; text: string }[] = []
  for (const i of indexes) {
    const text = phaseText(weeks[i]!)
    const last = runs.at(-1)
    if (last && last.text === text && last.to === i - 1) last.to = i
    else runs.push({ from: i, to: i, text })
  }
  return runs
    .map((r) =>
      r.from === r.to
        ? `week ${r.from + 1} ${r.text}`
        : `weeks ${r.from + 1}–${r.to + 1} ${r.text}`,
    )
    .join(', ')
    .replace(/^w/, 'W')
}

let fontFiles: { body: Buffer; bold: Buffer } | null = null
/** The font files, read once: a batch of a hundred handouts need not read 1.5 MB a hundred times. */
function fonts() {
  fontFiles ??= {
    body: readFileSync(path.join(FONTS_DIR, 'DejaVuSans.ttf')),
    bold: readFileSync(path.join(FONTS_DIR, 'DejaVuSans-Bold.ttf')),
  }
  return fontFiles
}

/**
 * A client's printable handout: name, block, dates and phases, "how to train this block", then
 * each week's sessions with time, what to do in plain words, and the coach's notes. Fonts are
 * embedded, so any name prints the same everywhere.
 */
export async function renderHandoutPdf(content: HandoutContent): Promise<Buffer> {
  // pdfkit and its font engine take ~80 ms to load: only a PDF export pays for them, not every
  // start of the app or the command line.
  const { default: PDFDocument } = await import('pdfkit')
  const doc = new PDFDocument({
    size: content.paper,
    margins: { top: MARGIN, bottom: MARGIN + 10, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: {
      Title: `${content.blockName} – ${content.clientName}`,
      Author: 'Blockwise',
      Subject: 'Training block handout',
    },
  })
  const { body, bold } = fonts()
  doc.registerFont('body', body)
  doc.registerFont('bold', bold)
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const width = doc.page.width - 2 * MARGIN
  const first = content.weekIndexes[0] ?? 0
  const last = content.weekIndexes.at(-1) ?? first
  const from = sessionDate(content.startDate, first, 0)
  const to = sessionDate(content.startDate, last, 6)

  doc.font('bold').fontSize(22).fillColor(INK).text(content.clientName, { width })
  doc
    .font('body')
    .fontSize(12)
    .fillColor(MUTED)
    .text(`${content.blockName} · ${longDate(from)} – ${longDate(to)}`, { width })
  doc.text(phaseSummary(content.weeks, content.weekIndexes), { width })
  doc.moveDown(1)

  doc.font('bold').fontSize(14).fillColor(ACCENT).text('How to train this block', { width })
  doc.moveDown(0.3)
  doc.font('body').fontSize(10.5).fillColor(INK)
  // A hanging indent: wrapped lines start under the text, not under the bullet.
  for (const line of content.guidance) {
    const top = doc.y
    doc.text('•', MARGIN, top, { width: 12 })
    doc.text(line, MARGIN + 12, top, { width: width - 12, paragraphGap: 3 })
  }
  doc.x = MARGIN
  doc.moveDown(0.8)

  const columns = { day: 80, time: 78, session: width - 158 }
  for (const week of content.weekIndexes) {
    const sessions = content.sessions.filter((s) => s.weekIndex === week)
    ensureSpace(doc, 60)
    const settings = content.weeks[week]!
    doc
      .font('bold')
      .fontSize(13)
      .fillColor(INK)
      .text(
        `Week ${week + 1} · ${phaseText(settings)} · ${longDate(sessionDate(content.startDate, week, 0))} – ${longDate(sessionDate(content.startDate, week, 6))}`,
        MARGIN,
        doc.y,
        { width },
      )
    doc.moveDown(0.2)
    line(doc, width)
    if (sessions.length === 0) {
      doc
        .font('body')
        .fontSize(10)
        .fillColor(MUTED)
        .text('Rest week: no sessions planned.', MARGIN, doc.y + 4)
    }
    for (const s of sessions) {
      const details = [prescription(s), s.notes ? `Coach: ${s.notes}` : ''].filter(Boolean)
      const lines = content.details.get(s.id) ?? []
      doc.font('body').fontSize(9.5)
      const height =
        doc.heightOfString(sessionTitle(s), { width: columns.session }) +
        [...details, ...lines].reduce(
          (h, d) => h + doc.heightOfString(d, { width: columns.session - 10 }),
          0,
        ) +
        10
      ensureSpace(doc, height)
      const top = doc.y + 4
      const date = sessionDate(content.startDate, s.weekIndex, s.day)
      doc
        .font('bold')
        .fontSize(10)
        .fillColor(INK)
        .text(WEEKDAY_NAMES[s.day]!.slice(0, 3), MARGIN, top, { width: columns.day })
      doc
        .font('body')
        .fontSize(9)
        .fillColor(MUTED)
        .text(shortDate(date), MARGIN, doc.y, { width: columns.day })
      doc
        .font('body')
        .fontSize(10)
        .fillColor(INK)
        .text(`${s.start}–${endTime(s)}`, MARGIN + columns.day, top, { width: columns.time })
      const x = MARGIN + columns.day + columns.time
      doc
        .font('bold')
        .fontSize(10)
        .fillColor(INK)
        .text(sessionTitle(s), x, top, { width: columns.session })
      doc
        .font('body')
        .fontSize(9.5)
        .fillColor(INK)
        .text(details[0]!, x, doc.y, { width: columns.session })
      // Each exercise line on its own, indented under the session: what the client follows.
      for (const text of lines) {
        doc.fillColor(INK).text(`– ${text}`, x + 10, doc.y + 1, { width: columns.session - 10 })
      }
      if (details[1])
        doc.fillColor(MUTED).text(details[1], x, doc.y + 1, { width: columns.session })
      doc.y = Math.max(doc.y, top + 24) + 4
      line(doc, width, RULE)
    }
    doc.moveDown(1)
  }

  // Footers once every page exists, so each can say "page 2 of 5".
  const range = doc.bufferedPageRange()
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i)
    const bottom = doc.page.height - MARGIN + 8
    doc.page.margins.bottom = 0
    doc
      .font('body')
      .fontSize(8)
      .fillColor(MUTED)
      .text(
        `${content.clientName} · ${content.blockName} · made ${content.madeOn} · page ${i + 1} of ${range.count}`,
        MARGIN,
        bottom,
        { width, align: 'center', lineBreak: false },
      )
  }
  doc.end()
  return done
}

function line(doc: PDFKit.PDFDocument, width: number, color = INK) {
  doc
    .moveTo(MARGIN, doc.y)
    .lineTo(MARGIN + width, doc.y)
    .lineWidth(color === INK ? 0.8 : 0.4)
    .strokeColor(color)
    .stroke()
}

/** Starts a new page when the next block of `height` points would not fit. */
function ensureSpace(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage()
}
