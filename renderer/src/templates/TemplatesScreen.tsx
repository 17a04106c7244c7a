import { useEffect, useMemo, useState } from 'react'
import { formatCompactLine } from '../../../shared/exercises/compact-line'
import type { BlockSession } from '../../../shared/schemas/block.schema'
import type {
  Template,
  TemplatePreview,
  TemplateSummary,
} from '../../../shared/schemas/template.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'
import { SearchInput } from '../ui/SearchInput'
import { SubmitForm } from '../ui/SubmitForm'
import { dayName, sessionKind } from '../block/change-step-model'
import { nextMonday } from '../../../shared/plans/calendar'
import { DismissibleBanner } from '../ui/DismissibleBanner'
import { ApplyTemplateDialog } from './ApplyTemplateDialog'
import { severityCounts } from '../../../shared/words/severity-counts'

/** A session in a few words: "Mon 07:00 lower lift: Back squat 5x5 @75%, RDL 3x8". */
function sessionWords(s: BlockSession): string {
  const kind = s.modality === 'strength' ? sessionKind(s) : `${sessionKind(s)} ${s.durationMin} min`
  const lines = (s.exercises ?? []).map((l) => formatCompactLine(l)).join(', ')
  return `${dayName(s.day)} ${s.start} ${kind}${lines ? `: ${lines}` : ''}`
}

const progressionWords = (t: TemplateSummary) =>
  t.progressions
    .map((p) =>
      p.kind === 'run_volume'
        ? `runs +${p.pctPerWeek} %/wk`
        : p.kind === 'linear'
          ? `${p.lifts.join(', ')} +${p.step}${p.unit === 'pct' ? ' %1RM' : ''}/wk`
          : p.kind === 'wave'
            ? `${p.lifts.join(', ')} wave ${p.pcts.join('/')} %`
            : `${p.lifts.join(', ')} double progression`,
    )
    .join('; ')

type Editing = { kind: 'rename' | 'duplicate'; text: string } | null

/**
 * The templates: search and filter by tag, a preview of the chosen one (its weeks and sessions,
 * and what the engine says of it for a typical client), and rename, duplicate, delete (with Undo)
 * and apply to clients.
 */
export function TemplatesScreen({ onOpenBlock }: { onOpenBlock: (blockId: string) => void }) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [search, setSearch] = useState('')
  const [tag, setTag] = useState<string | null>(null)
  const [selectedId, setSelectedId] = useState<string | null>(null)
  // The chosen template in full and fitted to a typical client, with the id they are of: a
  // template chosen meanwhile shows nothing stale.
  const [loaded, setLoaded] = useState<{
    id: string
    detail: Template | null
    preview: TemplatePreview | null
  } | null>(null)
  const [editing, setEditing] = useState<Editing>(null)
  const [applying, setApplying] = useState(false)
  const [notice, setNotice] = useState<{ text: string; undoId?: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(
    () =>
      readLatest(api.templates.list(), (list) => {
        setTemplates(list)
        setSelectedId((id) => (id && list.some((t) => t.id === id) ? id : (list[0]?.id ?? null)))
      }),
    [version],
  )

  useEffect(() => {
    if (!selectedId) return
    let current = true
    void Promise.all([
      api.templates.get({ id: selectedId }),
      api.templates.preview({ templateId: selectedId, startDate: nextMonday(new Date()) }),
    ]).then(([got, fitted]) => {
      if (!current) return
      setLoaded({
        id: selectedId,
        detail: got.ok ? got.value : null,
        preview: fitted.ok ? fitted.value : null,
      })
    })
    return () => {
      current = false
    }
  }, [selectedId, version])

  const tags = useMemo(() => [...new Set(templates.flatMap((t) => t.tags))].sort(), [templates])
  const shown = useMemo(() => {
    const text = search.trim().toLowerCase()
    return templates.filter(
      (t) =>
        (tag === null || t.tags.includes(tag)) &&
        (text === '' ||
          t.name.toLowerCase().includes(text) ||
          t.description.toLowerCase().includes(text)),
    )
  }, [templates, search, tag])
  const selected = templates.find((t) => t.id === selectedId) ?? null
  const detail = loaded?.id === selectedId ? loaded.detail : null
  const preview = loaded?.id === selectedId ? loaded.preview : null

  /** The keyboard back on the button that opened a rename or duplicate (the form is gone). */
  const endEdit = (kind: 'rename' | 'duplicate') => {
    setEditing(null)
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`.panel-head [data-action="${kind}"]`)?.focus(),
    )
  }

  async function saveEdit() {
    if (!editing || !selected) return
    const result =
      editing.kind === 'rename'
        ? await api.templates.update({ id: selected.id, name: editing.text })
        : await api.templates.duplicate({ id: selected.id, name: editing.text })
    if (!result.ok) return setProblem(result.error.message)
    setProblem(null)
    endEdit(editing.kind)
    setSelectedId(result.value.id)
    setNotice({
      text:
        editing.kind === 'rename'
          ? `Renamed to “${result.value.name}”.`
          : `Made “${result.value.name}”.`,
    })
    setVersion((v) => v + 1)
  }

  async function remove() {
    if (!selected) return
    const result = await api.templates.remove({ id: selected.id })
    if (!result.ok) return setProblem(result.error.message)
    setNotice({ text: `Deleted “${selected.name}”.`, undoId: selected.id })
    setSelectedId(null)
    setVersion((v) => v + 1)
  }

  async function undoRemove(id: string) {
    const result = await api.templates.restore({ id })
    if (!result.ok) return setProblem(result.error.message)
    setNotice({ text: `“${result.value.name}” is back.` })
    setSelectedId(id)
    setVersion((v) => v + 1)
  }

  return (
    <main className="app-main templates-screen">
      <section className="panel templates-list" aria-labelledby="templates-title">
        <div className="panel-head">
          <h2 id="templates-title">Templates ({templates.length})</h2>
          <SearchInput label="Search templates" value={search} onChange={setSearch} />
        </div>
        {tags.length > 0 && (
          <div className="tag-filter" role="group" aria-label="Tags">
            <button type="button" aria-pressed={tag === null} onClick={() => setTag(null)}>
              all
            </button>
            {tags.map((t) => (
              <button
                key={t}
                type="button"
                aria-pressed={tag === t}
                onClick={() => setTag(tag === t ? null : t)}
              >
                {t}
              </button>
            ))}
          </div>
        )}
        {templates.length === 0 ? (
          <p className="muted">
            No templates yet. Open a block and choose Save as template… to keep it for any client.
          </p>
        ) : (
          <ul className="template-items" aria-label="Templates">
            {shown.map((t) => (
              <li key={t.id}>
                <button
                  type="button"
                  className="template-item"
                  aria-current={t.id === selectedId ? 'true' : undefined}
                  onClick={() => setSelectedId(t.id)}
                >
                  <strong>{t.name}</strong>
                  <span className="muted">
                    {t.weeks.length} wk · {t.sessionCount} sessions · {t.lineCount} lines
                    {t.tags.length > 0 ? ` · ${t.tags.join(', ')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel template-detail" aria-label="Template">
        {notice && (
          <DismissibleBanner tone="info" onDismiss={() => setNotice(null)}>
            {notice.text}
            {notice.undoId && (
              <>
                {' '}
                <button
                  type="button"
                  className="button-small"
                  onClick={() => void undoRemove(notice.undoId!)}
                >
                  Undo
                </button>
              </>
            )}
          </DismissibleBanner>
        )}
        {problem && (
          <DismissibleBanner tone="error" onDismiss={() => setProblem(null)}>
            {problem}
          </DismissibleBanner>
        )}
        {selected && (
          <>
            <div className="panel-head">
              <h2>{selected.name}</h2>
              <button type="button" className="button-primary" onClick={() => setApplying(true)}>
                Apply to clients…
              </button>
              <button
                type="button"
                data-action="rename"
                onClick={() => setEditing({ kind: 'rename', text: selected.name })}
              >
                Rename…
              </button>
              <button
                type="button"
                data-action="duplicate"
                onClick={() => setEditing({ kind: 'duplicate', text: `${selected.name} (copy)` })}
              >
                Duplicate…
              </button>
              <button type="button" onClick={() => void remove()}>
                Delete
              </button>
            </div>
            {editing && (
              <SubmitForm className="inline-form" onSubmit={() => void saveEdit()}>
                <label className="inline-label">
                  {editing.kind === 'rename' ? 'New name' : 'Name of the copy'}
                  <input
                    autoFocus
                    value={editing.text}
                    onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                    onKeyDown={(e) => e.key === 'Escape' && endEdit(editing.kind)}
                  />
                </label>
                <button type="submit" className="button-primary">
                  {editing.kind === 'rename' ? 'Rename' : 'Duplicate'}
                </button>
                <button type="button" onClick={() => endEdit(editing.kind)}>
                  Cancel
                </button>
              </SubmitForm>
            )}
            {selected.description && <p>{selected.description}</p>}
            {selected.progressions.length > 0 && (
              <p className="muted">Progressions: {progressionWords(selected)}</p>
            )}
            {preview && <EngineSummary preview={preview} />}
            {detail && <WeeksPreview template={detail} />}
          </>
        )}
      </section>
      {applying && selected && (
        <ApplyTemplateDialog
          template={selected}
          onClose={() => setApplying(false)}
          onOpenBlock={onOpenBlock}
        />
      )}
    </main>
  )
}

/** What the engine says of the template for a typical intermediate hybrid athlete. */
function EngineSummary({ preview }: { preview: TemplatePreview }) {
  const findings = preview.analysis.findings
  const count = (s: string) => findings.filter((f) => f.severity === s).length
  const worst = findings.filter((f) => f.severity !== 'info').slice(0, 3)
  return (
    <div className="engine-summary" aria-label="Engine summary">
      <p>
        For {preview.clientName}: <strong>{severityCounts(count)}</strong>
      </p>
      {worst.length > 0 && (
        <ul>
          {worst.map((f, i) => (
            <li key={i} className={`sev-${f.severity}`}>
              {f.rule}, week {f.week + 1}: {f.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** The template week by week, each session in a line. */
function WeeksPreview({ template }: { template: Template }) {
  return (
    <ol className="weeks-preview" aria-label="Weeks">
      {template.weeks.map((w, i) => (
        <li key={i}>
          <h3>
            Week {i + 1} · {w.deload ? 'deload' : w.phase}
          </h3>
          <ul>
            {template.sessions
              .filter((s) => s.weekIndex === i)
              .sort((a, b) => a.day - b.day || a.start.localeCompare(b.start))
              .map((s) => (
                <li key={s.id}>{sessionWords(s)}</li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  )
}
