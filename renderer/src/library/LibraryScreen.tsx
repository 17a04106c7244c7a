import { useEffect, useMemo, useState } from 'react'
import { EQUIPMENT, MOVEMENT_PATTERNS } from '../../../shared/schemas/exercise.schema'
import { nameKey } from '../../../shared/exercises/exercise-index'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import { STRENGTH_REGIONS } from '../../../shared/schemas/session.schema'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'
import { SearchInput } from '../ui/SearchInput'
import { SubmitForm } from '../ui/SubmitForm'
import { InlineSelect } from '../dialogs/fields'
import { TableHead } from '../ui/TableHead'

type Draft = Omit<StoredExercise, 'id'> & { id?: string }

const EMPTY: Draft = {
  name: '',
  region: 'lower',
  pattern: 'squat',
  equipment: 'barbell',
  aliases: [],
  modality: 'strength',
}

/** A select's choices that read as their stored words ("squat", "barbell"). */
const choices = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: value }))
const REGION_CHOICES = choices(STRENGTH_REGIONS)
const PATTERN_CHOICES = choices(MOVEMENT_PATTERNS)
const EQUIPMENT_CHOICES = choices(EQUIPMENT)

/**
 * The exercise library: search by name or alias, add an exercise, rename or change one (the old
 * name stays an alias, so lines written with it still find it), and merge a duplicate into the
 * exercise to keep.
 */
export function LibraryScreen() {
  const [exercises, setExercises] = useState<StoredExercise[]>([])
  const [search, setSearch] = useState('')
  const [draft, setDraft] = useState<Draft | null>(null)
  const [aliasText, setAliasText] = useState('')
  const [merging, setMerging] = useState<{ from: StoredExercise; into: string } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [version, setVersion] = useState(0)

  useEffect(() => readLatest(api.exercises.list(), setExercises), [version])

  const shown = useMemo(() => {
    const key = nameKey(search)
    if (key === '') return exercises
    return exercises.filter((e) => [e.name, ...e.aliases].some((n) => nameKey(n).includes(key)))
  }, [exercises, search])

  function edit(exercise: Draft) {
    setDraft(exercise)
    setAliasText(exercise.aliases.join(', '))
    setProblem(null)
  }

  async function save() {
    if (!draft) return
    const aliases = aliasText
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean)
    const result = await api.exercises.save({ exercise: { ...draft, aliases } })
    if (!result.ok) {
      setProblem(result.error.message)
      return
    }
    setNotice(`Saved ${result.value.name}.`)
    setDraft(null)
    setVersion((v) => v + 1)
  }

  async function merge() {
    if (!merging) return
    const result = await api.exercises.merge({ fromId: merging.from.id, intoId: merging.into })
    if (!result.ok) return setProblem(result.error.message)
    setNotice(`Merged ${merging.from.name} into ${result.value.name}; its names are aliases now.`)
    setMerging(null)
    setVersion((v) => v + 1)
  }

  return (
    <main className="app-main library-screen">
      <section className="panel" aria-labelledby="library-title">
        <div className="panel-head">
          <h2 id="library-title">Exercises ({exercises.length})</h2>
          <SearchInput
            label="Search exercises by name or alias"
            placeholder="Search by name or alias"
            value={search}
            onChange={setSearch}
          />
          <button type="button" className="button-primary" onClick={() => edit(EMPTY)}>
            Add exercise
          </button>
        </div>
        {notice && (
          <p role="status" className="banner banner-info">
            {notice}
          </p>
        )}
        {draft && (
          <SubmitForm
            className="library-form"
            aria-label={draft.id ? `Change ${draft.name}` : 'New exercise'}
            onSubmit={() => void save()}
          >
            <label className="field">
              Name
              <input
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            <InlineSelect
              label="Region"
              value={draft.region ?? ''}
              options={[{ value: '', label: '(none: run or cardio)' }, ...REGION_CHOICES]}
              onChange={(region) => setDraft({ ...draft, region: region === '' ? null : region })}
            />
            <InlineSelect
              label="Pattern"
              value={draft.pattern}
              options={PATTERN_CHOICES}
              onChange={(pattern) => setDraft({ ...draft, pattern })}
            />
            <InlineSelect
              label="Equipment"
              value={draft.equipment}
              options={EQUIPMENT_CHOICES}
              onChange={(equipment) => setDraft({ ...draft, equipment })}
            />
            <label className="field">
              Aliases (comma-separated)
              <input value={aliasText} onChange={(e) => setAliasText(e.target.value)} />
            </label>
            {problem && (
              <p role="alert" className="banner banner-error">
                {problem}
              </p>
            )}
            <div className="form-actions">
              <button type="submit" className="button-primary">
                Save exercise
              </button>
              <button type="button" onClick={() => setDraft(null)}>
                Cancel
              </button>
            </div>
          </SubmitForm>
        )}
        {merging && (
          <div className="library-form" role="group" aria-label={`Merge ${merging.from.name}`}>
            <InlineSelect
              label={`Merge ${merging.from.name} into`}
              ariaLabel="Exercise to keep"
              value={merging.into}
              options={exercises
                .filter((e) => e.id !== merging.from.id)
                .map((e) => ({ value: e.id, label: e.name }))}
              onChange={(into) => setMerging({ ...merging, into })}
            />
            <div className="form-actions">
              <button type="button" className="button-primary" onClick={() => void merge()}>
                Merge
              </button>
              <button type="button" onClick={() => setMerging(null)}>
                Cancel
              </button>
            </div>
          </div>
        )}
        <table className="roster-table library-table">
          <TableHead
            caption="Exercises"
            columns={[
              'Name',
              'Region',
              'Pattern',
              'Equipment',
              'Also written',
              { label: 'Actions', hidden: true },
            ]}
          />
          <tbody>
            {shown.map((e) => (
              <tr key={e.id}>
                <th scope="row">{e.name}</th>
                <td>{e.region ?? '–'}</td>
                <td>{e.pattern}</td>
                <td>{e.equipment}</td>
                <td className="muted">{e.aliases.join(', ')}</td>
                <td className="row-actions">
                  <button type="button" aria-label={`Change ${e.name}`} onClick={() => edit(e)}>
                    Change…
                  </button>
                  <button
                    type="button"
                    aria-label={`Merge ${e.name} into another`}
                    onClick={() => {
                      setProblem(null)
                      setMerging({ from: e, into: exercises.find((x) => x.id !== e.id)?.id ?? '' })
                    }}
                  >
                    Merge…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  )
}
