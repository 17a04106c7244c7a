import { findingSubject } from '../../shared/schemas/analysis.schema'
import type { FindingView, Override } from '../../shared/schemas/analysis.schema'
import type { Finding, Severity } from '../../shared/engine/finding'

/**
 * A block's findings as stored (stored_analyses.findings): one JSON text, column by column, with
 * each text (rule, severity, message, fix, session id) written once in a table the columns point
 * into. A roster's 160,000 findings written out as objects are ~150 MB of JSON that take longer to
 * parse than the engine takes to produce them; this way they are a quarter of that, parsed into a
 * dozen arrays a block rather than an object or array per finding. Characters outside ASCII are
 * escaped, so the text is read into a one-byte string, half the size of a two-byte one.
 */
interface StoredFindings {
  /** The texts the findings use, each once. */
  t: string[]
  rule: number[]
  severity: number[]
  week: number[]
  day: (number | null)[]
  /** How many sessions each finding names, and all of them one after the other. */
  count: number[]
  sessions: number[]
  message: number[]
  fix: number[]
  placementDependent: (0 | 1)[]
  /** Only when some finding has metrics: each finding's, or null. */
  metrics?: (Record<string, number> | null)[]
  /** Only when some finding is about one exercise line: its position, or null. */
  line?: (number | null)[]
}

const NON_ASCII = /[\u0080-\uffff]/g
const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** The findings as the stored text. */
export function encodeFindings(findings: readonly Finding[]): string {
  const t: string[] = []
  const index = new Map<string, number>()
  const at = (text: string) => {
    let i = index.get(text)
    if (i === undefined) {
      i = t.push(text) - 1
      index.set(text, i)
    }
    return i
  }
  const stored: StoredFindings = {
    t,
    rule: findings.map((f) => at(f.rule)),
    severity: findings.map((f) => at(f.severity)),
    week: findings.map((f) => f.week),
    day: findings.map((f) => f.day),
    count: findings.map((f) => f.sessions.length),
    sessions: findings.flatMap((f) => f.sessions.map(at)),
    message: findings.map((f) => at(f.message)),
    fix: findings.map((f) => at(f.fix)),
    placementDependent: findings.map((f) => (f.placementDependent ? 1 : 0)),
  }
  if (findings.some((f) => f.metrics !== undefined))
    stored.metrics = findings.map((f) => f.metrics ?? null)
  if (findings.some((f) => f.line !== undefined)) stored.line = findings.map((f) => f.line ?? null)
  return JSON.stringify(stored).replace(NON_ASCII, escaped)
}

/** Overrides by the key a finding meets them under. */
export function overridesByKey(overrides: readonly Override[]): Map<string, Override> {
  return new Map(overrides.map((o) => [`${o.rule}|${o.subject}`, o]))
}

/**
 * Stored findings as the views a caller gets: each with its subject and override, and `extra`'s
 * fields (the roster check adds whose block it is). Field for field what withOverrides builds
 * from the engine's own findings (server/block-analysis.ts).
 */
export function decodeFindingViews<Extra extends object = object>(
  text: string,
  byKey: ReadonlyMap<string, Override>,
  extra?: Extra,
): (FindingView & Extra)[] {
  const s = JSON.parse(text) as StoredFindings
  const { t } = s
  const views: (FindingView & Extra)[] = new Array<FindingView & Extra>(s.rule.length)
  let next = 0
  for (let i = 0; i < views.length; i++) {
    const sessions = new Array<string>(s.count[i]!)
    for (let k = 0; k < sessions.length; k++) sessions[k] = t[s.sessions[next++]!]!
    const line = s.line?.[i] ?? undefined
    const week = s.week[i]!
    const day = s.day[i]!
    const subject = findingSubject(
      line === undefined ? { week, day, sessions } : { week, day, sessions, line },
    )
    const rule = t[s.rule[i]!]!
    const view: FindingView = {
      rule,
      severity: t[s.severity[i]!] as Severity,
      week,
      day,
      sessions,
      message: t[s.message[i]!]!,
      fix: t[s.fix[i]!]!,
      placementDependent: s.placementDependent[i] === 1,
      subject,
      override: byKey.size === 0 ? null : (byKey.get(`${rule}|${subject}`) ?? null),
    }
    const metrics = s.metrics?.[i]
    if (metrics != null) view.metrics = metrics
    views[i] = Object.assign(view, extra)
  }
  return views
}
