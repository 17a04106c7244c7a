import { counted } from '../../../shared/words/counted'
import { WEEKDAY_SHORT } from '../../../shared/schemas/common.schema'
import type { ImportPreview, ImportProblem } from '../../../shared/schemas/import.schema'
import { TableHead } from '../ui/TableHead'

/** "Row 3, Reps “lots”: reps like 5, 6-8…": where each problem is, as the coach finds it. */
function problemText(p: ImportProblem): string {
  const where = [p.row !== null ? `Row ${p.row}` : '', p.column].filter(Boolean).join(', ')
  const text = p.text ? ` “${p.text}”` : ''
  return where ? `${where}${text}: ${p.message}` : p.message
}

/** What stops the import: every problem, by row and column. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  if (problems.length === 0) return null
  return (
    <div role="alert" className="banner banner-error">
      <p>Nothing can be imported until these are fixed:</p>
      <ul className="issue-list">
        {problems.slice(0, 40).map((p, i) => (
          <li key={`${i}:${p.row}:${p.column}`}>{problemText(p)}</li>
        ))}
        {problems.length > 40 && <li>… and {problems.length - 40} more</li>}
      </ul>
    </div>
  )
}

/** One sentence on what the file holds: "16 sessions with 20 exercise lines in 2 weeks, all understood." */
export function previewSummary(preview: ImportPreview): string {
  if (preview.block) {
    const { sessions, lineCount, weeks } = preview.block
    const ok = preview.problems.length === 0 ? ', all understood.' : '.'
    return `${counted(sessions.length, 'session')} with ${counted(lineCount, 'exercise line')} in ${counted(weeks.length, 'week')}${ok}`
  }
  if (preview.format === 'clients-csv') {
    const bad = preview.clients.filter((r) => !r.ok).length
    const fixing = `; ${bad} ${bad === 1 ? 'needs' : 'need'} fixing in the file before anything is imported.`
    return `${counted(preview.clients.length, 'client')} in the file${bad > 0 ? fixing : ', all ready.'}`
  }
  if (preview.readiness) {
    const { days, first, last } = preview.readiness
    return `${counted(days, 'day')} of readiness reports, ${first} to ${last}.`
  }
  return `This is ${preview.formatWords}.`
}

/**
 * Every session and line of the block as it will be stored, and as the chosen client will read
 * it (their loads from their maxes, their run paces), so nothing in the file is a surprise later.
 */
export function ImportedBlockTable({ block }: { block: NonNullable<ImportPreview['block']> }) {
  return (
    <div className="import-sessions">
      <table className="change-table">
        <TableHead
          caption="Sessions in the file"
          columns={[
            'Week',
            'Day',
            'Start',
            'Session',
            'Lines, as stored → as the client reads them',
          ]}
        />
        <tbody>
          {block.sessions.map((s, i) => (
            <tr key={i}>
              <td>{s.week}</td>
              <td>{WEEKDAY_SHORT[s.day]}</td>
              <td>{s.start}</td>
              <th scope="row">
                {s.title ? `${s.title} (${s.kind})` : s.kind}, {s.durationMin} min
                {s.rpe !== null ? `, RPE ${s.rpe}` : ''}
                {s.zone !== null ? `, zone ${s.zone}` : ''}
                {s.pace && <span className="muted"> · {s.pace}</span>}
              </th>
              <td>
                {s.lines.length > 0 && (
                  <ul className="import-lines">
                    {s.lines.map((l, j) => (
                      <li key={j}>
                        <code>{l.stored}</code> → {l.reads}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** A clients CSV's rows, each ready or with what to fix, column by column. */
export function ClientRowsTable({ rows }: { rows: ImportPreview['clients'] }) {
  return (
    <table className="roster-table import-preview">
      <TableHead caption="Clients in the file" columns={['Line', 'Name', 'Check']} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.line} className={r.ok ? '' : 'severity-critical'}>
            <td>{r.line}</td>
            <td>{r.name}</td>
            <td>
              {r.ok ? (
                '✔ ready'
              ) : (
                <ul className="issue-list">
                  {r.issues.map((i) => (
                    <li key={`${i.column}:${i.message}`}>
                      ✖ {i.column}: {i.message}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
