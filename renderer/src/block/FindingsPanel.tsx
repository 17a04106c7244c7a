import { severityRank } from '../../../shared/engine/finding'
import { WEEKDAY_SHORT } from '../../../shared/schemas/common.schema'
import { memo, useCallback, useMemo, useState } from 'react'
import type { BlockAnalysis, FindingView } from '../../../shared/schemas/analysis.schema'
import { findingWords } from '../../../shared/engine/rules/rule-catalogue'
import { SeveritySelect } from '../ui/SeveritySelect'
import { findingContent } from './finding-content'
import { NO_FILTER, filterFindings, ruleGroups } from './findings-filter-model'
import type { FindingsFilter } from './findings-filter-model'
import { skippedRules } from './not-evaluated-model'
import { sameByIdentity } from './same-props'
import { SEVERITY_ICON, SEVERITY_WORD } from './sheet/FindingsCell'
import { severityCounts } from '../../../shared/words/severity-counts'

/**
 * Findings listed at a time. A long block can carry over a thousand findings; painting them all
 * after every keystroke would make the sheet lag, and nobody reads past the first screens anyway.
 */
export const FINDINGS_PAGE = 50

/** Worst first, overridden ones last; otherwise the engine's week-by-week order. */
function byUrgency(findings: readonly FindingView[]): FindingView[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        Number(a.f.override !== null) - Number(b.f.override !== null) ||
        severityRank(b.f.severity) - severityRank(a.f.severity) ||
        a.i - b.i,
    )
    .map(({ f }) => f)
}

interface CardProps {
  finding: FindingView
  overriding: boolean
  reason: string
  onSelect: (finding: FindingView) => void
  onOverride: (finding: FindingView, reason: string | null) => Promise<boolean>
  onStartOverride: (key: string) => void
  onReasonChange: (reason: string) => void
  onCancelOverride: () => void
}

/**
 * One finding: rule, where, message, fix and its override. Re-rendered only when what it shows
 * changed, so an edit that adds one finding does not rebuild the fifty cards around it.
 */
const FindingCard = memo(
  function FindingCard({
    finding: f,
    overriding,
    reason,
    onSelect,
    onOverride,
    onStartOverride,
    onReasonChange,
    onCancelOverride,
  }: CardProps) {
    return (
      <li
        className={`finding severity-${f.severity} ${f.override ? 'overridden' : ''}`}
        data-finding={`${f.rule}:${f.subject}`}
      >
        <button type="button" className="finding-head" onClick={() => onSelect(f)}>
          <span aria-label={SEVERITY_WORD[f.severity]}>{SEVERITY_ICON[f.severity]}</span>
          <strong>{f.rule}</strong>
          <span className="muted">
            Wk {f.week + 1}
            {f.day === null ? '' : ` ${WEEKDAY_SHORT[f.day]}`}
          </span>
        </button>
        <p className="finding-message">{f.message}</p>
        <p className="finding-fix">Fix: {f.fix}</p>
        {f.override ? (
          <p className="finding-override">
            Overridden: “{f.override.reason}”{' '}
            <button type="button" className="button-small" onClick={() => void onOverride(f, null)}>
              Withdraw override
            </button>
          </p>
        ) : overriding ? (
          <form
            className="override-form"
            onSubmit={(e) => {
              e.preventDefault()
              void onOverride(f, reason).then((ok) => {
                if (!ok) return
                onCancelOverride()
                keepKeyboardAfterOverride(`${f.rule}:${f.subject}`)
              })
            }}
          >
            <label>
              Reason for overriding {f.rule}
              <input
                value={reason}
                maxLength={200}
                onChange={(e) => onReasonChange(e.target.value)}
                autoFocus
              />
            </label>
            <button type="submit" className="button-small">
              Override
            </button>
            <button type="button" className="button-small" onClick={onCancelOverride}>
              Cancel
            </button>
          </form>
        ) : (
          <button
            type="button"
            className="button-small"
            onClick={() => onStartOverride(`${f.rule}:${f.subject}`)}
          >
            Override…
          </button>
        )}
      </li>
    )
  },
  (a, b) => {
    const { finding: findingA, ...restA } = a
    const { finding: findingB, ...restB } = b
    return (
      sameByIdentity(restA, restB) &&
      (findingA === findingB || findingContent(findingA) === findingContent(findingB))
    )
  },
)

interface Props {
  findings: FindingView[]
  weekCount: number
  /** Rules the engine could not run for lack of data (docs/plan-format.md `notEvaluated`). */
  notEvaluated: BlockAnalysis['notEvaluated']
  onSelect: (finding: FindingView) => void
  onOverride: (finding: FindingView, reason: string | null) => Promise<boolean>
}

/**
 * Once an override is saved its form is gone, and the keyboard with it: it goes to the card's
 * Withdraw override once the analysis has redrawn the card (a frame or several later; the card
 * moves down the list), else, when the card is past the page shown, to the first card. Not when
 * the coach has already moved the keyboard elsewhere.
 */
function keepKeyboardAfterOverride(key: string, framesLeft = 60): void {
  requestAnimationFrame(() => {
    const panel = document.querySelector('.findings-panel')
    const now = document.activeElement
    if (!panel || (now && now !== document.body && !panel.contains(now))) return
    const withdraw = panel.querySelector<HTMLElement>(
      `[data-finding="${CSS.escape(key)}"] .finding-override button`,
    )
    if (withdraw) return withdraw.focus()
    if (framesLeft > 0) return keepKeyboardAfterOverride(key, framesLeft - 1)
    panel.querySelector<HTMLElement>('.finding-head')?.focus()
  })
}

/** The findings, worst first, with rule, message and fix; click selects rows; override with a reason. */
export const FindingsPanel = memo(function FindingsPanel({
  findings,
  weekCount,
  notEvaluated,
  onSelect,
  onOverride,
}: Props) {
  const [overriding, setOverriding] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [shown, setShown] = useState(FINDINGS_PAGE)
  const [filter, setFilter] = useState<FindingsFilter>(NO_FILTER)
  const groups = useMemo(() => ruleGroups(findings), [findings])
  const ordered = useMemo(() => byUrgency(filterFindings(findings, filter)), [findings, filter])
  const skipped = useMemo(() => skippedRules(notEvaluated), [notEvaluated])
  const skippedCount = new Set(skipped.map((s) => s.rule)).size
  const startOverride = useCallback((key: string) => {
    setOverriding(key)
    setReason('')
  }, [])
  const cancelOverride = useCallback(() => setOverriding(null), [])
  const live = findings.filter((f) => !f.override)
  const count = (s: FindingView['severity']) => live.filter((f) => f.severity === s).length
  return (
    <section className="panel findings-panel" aria-labelledby="findings-title">
      <h2 id="findings-title">
        Findings <span className="muted">{severityCounts(count)}</span>
      </h2>
      {findings.length === 0 && <p className="muted">No findings: this block is clear.</p>}
      {groups.length > 0 && (
        <div className="findings-groups" role="group" aria-label="Findings by rule">
          {groups.map((g) => (
            <button
              key={g.rule}
              type="button"
              className={`finding-tag severity-${g.worst}`}
              aria-pressed={filter.rule === g.rule}
              title={findingWords({ rule: g.rule })}
              onClick={() => setFilter((f) => ({ ...f, rule: f.rule === g.rule ? 'all' : g.rule }))}
            >
              {g.rule} × {g.count}
            </button>
          ))}
        </div>
      )}
      {findings.length > 0 && (
        <div className="findings-filters">
          <SeveritySelect
            value={filter.severity}
            onChange={(severity) => setFilter((f) => ({ ...f, severity }))}
          />
          <label className="inline-label">
            Week
            <select
              value={String(filter.week)}
              onChange={(e) =>
                setFilter((f) => ({
                  ...f,
                  week: e.target.value === 'all' ? 'all' : Number(e.target.value),
                }))
              }
            >
              <option value="all">all</option>
              {Array.from({ length: weekCount }, (_, w) => (
                <option key={w} value={w}>
                  {w + 1}
                </option>
              ))}
            </select>
          </label>
          {(filter.severity !== 'all' || filter.week !== 'all' || filter.rule !== 'all') && (
            <button type="button" className="button-small" onClick={() => setFilter(NO_FILTER)}>
              Show all ({ordered.length} of {findings.length} shown)
            </button>
          )}
        </div>
      )}
      <ul className="findings-list" aria-label="Findings">
        {ordered.slice(0, shown).map((f) => {
          const key = `${f.rule}:${f.subject}`
          const open = overriding === key
          return (
            <FindingCard
              key={key}
              finding={f}
              overriding={open}
              reason={open ? reason : ''}
              onSelect={onSelect}
              onOverride={onOverride}
              onStartOverride={startOverride}
              onReasonChange={setReason}
              onCancelOverride={cancelOverride}
            />
          )
        })}
      </ul>
      {ordered.length > shown && (
        <button
          type="button"
          className="button-small"
          onClick={() => setShown((n) => n + FINDINGS_PAGE)}
        >
          Show {Math.min(FINDINGS_PAGE, ordered.length - shown)} more (of {ordered.length - shown}{' '}
          not shown)
        </button>
      )}
      {skipped.length > 0 && (
        <details className="not-evaluated">
          <summary>
            {skippedCount === 1 ? '1 rule' : `${skippedCount} rules`} could not run for lack of data
          </summary>
          <ul aria-label="Rules that could not run">
            {skipped.map((s) => (
              <li key={`${s.rule}|${s.reason}`}>
                <strong>{s.rule}</strong> {s.reason} ({s.weeks})
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
})
