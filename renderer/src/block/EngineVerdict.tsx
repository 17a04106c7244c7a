import { addedByRule, groupTail, weeksWords } from './findings-diff-model'
import type { FindingsDiff } from './findings-diff-model'

/**
 * What the engine would say about a previewed change (Progress…, Insert template…) before it is
 * applied: the findings it adds, one line per rule and severity with the weeks it speaks in, or
 * that it adds none.
 */
export function EngineVerdict({ diff }: { diff: FindingsDiff }) {
  const groups = addedByRule(diff.added)
  return (
    <div className="engine-verdict" role="status">
      {groups.length === 0 ? (
        <p>
          The engine finds nothing new
          {diff.gone > 0 ? ` and ${diff.gone} finding(s) go away` : ''}.
        </p>
      ) : (
        <>
          <p>The engine would add:</p>
          <ul>
            {groups.slice(0, 6).map((g) => (
              <li key={`${g.rule}|${g.severity}`} className={`sev-${g.severity}`}>
                {g.rule} ({g.severity}), {weeksWords(g.weeks)}: {g.first.message}
                {groupTail(g)}
              </li>
            ))}
          </ul>
          {groups.length > 6 && <p className="muted">and {groups.length - 6} more rules</p>}
        </>
      )}
    </div>
  )
}
