import type { Analysis } from './analyze'
import { DAY_NAMES } from './describe'
import type { Finding } from './finding'

const SEVERITY_WORD = { critical: 'CRITICAL', warn: 'WARNING', info: 'NOTE' } as const
const CLASS_WORD = { high: 'HIGH', low: 'low', rest: 'rest' } as const

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/)
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join(`\n${indent}`)
}

function where(f: Finding, weekCount: number): string {
  const day = f.day === null ? 'whole week' : DAY_NAMES[f.day]
  return weekCount > 1 ? `Week ${f.week + 1}, ${day}` : day!
}

/** Counts by severity: "3 findings: 1 critical, 2 warnings". */
export function summaryLine(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'No findings: nothing to change.'
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length
  const parts = [
    count('critical') ? `${count('critical')} critical` : null,
    count('warn') ? `${count('warn')} warning${count('warn') > 1 ? 's' : ''}` : null,
    count('info') ? `${count('info')} note${count('info') > 1 ? 's' : ''}` : null,
  ].filter(Boolean)
  return `${findings.length} finding${findings.length > 1 ? 's' : ''}: ${parts.join(', ')}.`
}

/**
 * A plain-text report a coach could paste into an e-mail: the week at a glance (day classes),
 * then each finding with where, what and the fix, then what could not be checked and why.
 */
export function textReport(analysis: Analysis, title: string): string {
  const weekCount = analysis.weeks.length
  const out: string[] = [title, '='.repeat(Math.min(72, title.length)), '']
  for (const week of analysis.weeks) {
    const days = analysis.days.filter((d) => d.week === week.week)
    const strip = days
      .map((d) => `${DAY_NAMES[d.day]!.slice(0, 3)} ${CLASS_WORD[d.class]}`)
      .join(' · ')
    const metrics = [
      `load ${Math.round(week.load)} AU`,
      week.monotony === null ? 'monotony >10' : `monotony ${week.monotony.toFixed(2)}`,
      week.acwr === null ? null : `peak ACWR ${week.acwr.toFixed(2)}`,
      week.tsb === null ? null : `lowest TSB ${week.tsb.toFixed(1)}`,
    ].filter(Boolean)
    out.push(`${weekCount > 1 ? `Week ${week.week + 1}: ` : ''}${strip}`)
    out.push(
      `  ${metrics.join(', ')}; ${week.highDays} high-stress day${week.highDays === 1 ? '' : 's'}`,
    )
  }
  out.push('', summaryLine(analysis.findings))
  for (const f of analysis.findings) {
    out.push('')
    out.push(`${SEVERITY_WORD[f.severity]} ${f.rule} (${where(f, weekCount)})`)
    out.push(`  ${wrap(f.message, 76, '  ')}`)
    out.push(`  Fix: ${wrap(f.fix, 71, '       ')}`)
  }
  if (analysis.notEvaluated.length > 0) {
    const reasons = new Map<string, string>()
    for (const n of analysis.notEvaluated) if (!reasons.has(n.rule)) reasons.set(n.rule, n.reason)
    out.push('', 'Not checked (missing data):')
    for (const [rule, reason] of reasons) out.push(`  ${rule}: ${reason}`)
  }
  return out.join('\n')
}
