import { WEEKDAY_SHORT } from '../../../shared/schemas/common.schema'
import { useMemo, useState } from 'react'
import { rosterSummary } from '../../../shared/roster/roster-summary'
import type { RosterFinding } from '../../../shared/schemas/roster.schema'
import { SEVERITY_ICON, SEVERITY_WORD } from '../block/sheet/FindingsCell'
import { NO_FILTER, applyFilter, countsByClient, sortFindings } from './roster-check-model'
import type { RosterFilter, SortKey } from './roster-check-model'
import { useRosterCheck } from './useRosterCheck'
import { SeveritySelect } from '../ui/SeveritySelect'
import { TableHead } from '../ui/TableHead'
import type { Column } from '../ui/TableHead'
import { InlineSelect } from '../dialogs/fields'

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'client', label: 'Client' },
  { key: 'block', label: 'Block' },
  { key: 'week', label: 'Week' },
  { key: 'day', label: 'Day' },
  { key: 'rule', label: 'Rule' },
  { key: 'severity', label: 'Severity' },
  { key: null, label: 'Message' },
]
/** The counts by client, each severity headed by its icon as in the findings. */
const COUNT_COLUMNS: Column[] = [
  'Client',
  { label: 'Critical', icon: SEVERITY_ICON.critical },
  { label: 'Warnings', icon: SEVERITY_ICON.warn },
  { label: 'Notes', icon: SEVERITY_ICON.info },
]
/** The first choice of each filter: no filtering. */
const ALL = { value: 'all', label: 'All' } as const
/** Rows painted at once; the rest come with "Show more", so a 1,000-client roster stays quick. */
const ROWS_SHOWN = 200

interface Props {
  onOpenFinding: (finding: RosterFinding) => void
}

/** Every active block of the roster checked at once, in one sortable, filterable table. */
export function RosterCheckScreen({ onOpenFinding }: Props) {
  const { findings, state, restart, cancel } = useRosterCheck()
  const [filter, setFilter] = useState<RosterFilter>(NO_FILTER)
  const [sort, setSort] = useState<{ key: SortKey; direction: 'ascending' | 'descending' }>({
    key: 'severity',
    direction: 'ascending',
  })
  const [shown, setShown] = useState(ROWS_SHOWN)
  const visible = useMemo(
    () => sortFindings(applyFilter(findings, filter), sort.key, sort.direction),
    [findings, filter, sort],
  )
  const counts = useMemo(() => countsByClient(findings), [findings])
  const rules = useMemo(() => [...new Set(findings.map((f) => f.rule))].sort(), [findings])
  const weeks = useMemo(
    () => [...new Set(findings.map((f) => f.week))].sort((a, b) => a - b),
    [findings],
  )
  const checked = state.phase === 'failed' ? 0 : state.checked
  const set = (change: Partial<RosterFilter>) => {
    setFilter({ ...filter, ...change })
    setShown(ROWS_SHOWN)
  }
  const toggleSort = (key: SortKey) =>
    setSort(
      sort.key === key
        ? { key, direction: sort.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: 'ascending' },
    )

  return (
    <main className="app-main roster-check">
      <section className="panel" aria-labelledby="check-title">
        <div className="panel-head">
          <h2 id="check-title">Roster check</h2>
          {state.phase === 'running' ? (
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          ) : (
            <button type="button" onClick={() => void restart()}>
              Check again
            </button>
          )}
        </div>
        {state.phase === 'running' && (
          <label className="check-progress">
            {state.total === null
              ? 'Starting…'
              : `Checked ${state.checked} of ${state.total} clients`}
            <progress max={state.total ?? 1} value={state.checked} />
          </label>
        )}
        {state.phase === 'failed' && (
          <p role="alert" className="banner banner-error">
            The check stopped: {state.message}
          </p>
        )}
        {state.phase === 'cancelled' && (
          <p role="status" className="banner">
            Stopped after {state.checked} of {state.total} clients; the table shows those.
          </p>
        )}
        <p className="check-summary" role="status" aria-live="polite">
          {rosterSummary(findings, checked)}
        </p>

        <div className="check-filters" role="group" aria-label="Filters">
          <SeveritySelect value={filter.severity} onChange={(severity) => set({ severity })} />
          <InlineSelect
            label="Rule"
            value={filter.rule}
            options={[ALL, ...rules.map((r) => ({ value: r, label: r }))]}
            onChange={(rule) => set({ rule })}
          />
          <InlineSelect
            label="Client"
            value={filter.clientId}
            options={[ALL, ...counts.map((c) => ({ value: c.clientId, label: c.clientName }))]}
            onChange={(clientId) => set({ clientId })}
          />
          <InlineSelect<number | 'all'>
            label="Week"
            value={filter.week}
            options={[ALL, ...weeks.map((w) => ({ value: w, label: w + 1 }))]}
            onChange={(week) => set({ week })}
          />
          <label className="inline-label">
            <input
              type="checkbox"
              checked={filter.showOverridden}
              onChange={(e) => set({ showOverridden: e.target.checked })}
            />
            Show overridden
          </label>
          {filter !== NO_FILTER && (
            <button type="button" className="button-small" onClick={() => set(NO_FILTER)}>
              Clear filters
            </button>
          )}
        </div>

        <div className="check-layout">
          <table className="roster-table check-table">
            <caption className="visually-hidden">
              Findings, {visible.length} shown; sorted by {sort.key} {sort.direction}
            </caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th
                    key={c.label}
                    scope="col"
                    aria-sort={c.key === sort.key ? sort.direction : undefined}
                  >
                    {c.key ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={() => toggleSort(c.key!)}
                      >
                        {c.label}
                        {c.key === sort.key ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ''}
                      </button>
                    ) : (
                      c.label
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {visible.slice(0, shown).map((f) => (
                <tr
                  key={`${f.blockId}|${f.rule}|${f.subject}`}
                  className={`severity-${f.severity} ${f.override ? 'overridden' : ''}`}
                >
                  <td>{f.clientName}</td>
                  <td>{f.blockName}</td>
                  <td>{f.week + 1}</td>
                  <td>{f.day === null ? '' : WEEKDAY_SHORT[f.day]}</td>
                  <td className="nowrap">
                    <button
                      type="button"
                      className="link-button"
                      aria-label={`Open ${f.rule} for ${f.clientName}, week ${f.week + 1}`}
                      onClick={() => onOpenFinding(f)}
                    >
                      {f.rule}
                    </button>
                  </td>
                  <td className="nowrap">
                    <span aria-hidden="true">{SEVERITY_ICON[f.severity]}</span>{' '}
                    {SEVERITY_WORD[f.severity]}
                  </td>
                  <td>{f.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <aside className="check-counts" aria-labelledby="counts-title">
            <h3 id="counts-title">By client</h3>
            <table className="roster-table">
              <TableHead columns={COUNT_COLUMNS} />
              <tbody>
                {counts.map((c) => (
                  <tr key={c.clientId}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => set({ clientId: c.clientId })}
                      >
                        {c.clientName}
                      </button>
                    </td>
                    <td>{c.critical}</td>
                    <td>{c.warn}</td>
                    <td>{c.info}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </aside>
        </div>
        {visible.length > shown && (
          <button type="button" onClick={() => setShown(shown + ROWS_SHOWN)}>
            Show {Math.min(ROWS_SHOWN, visible.length - shown)} more of {visible.length - shown}
          </button>
        )}
      </section>
    </main>
  )
}
