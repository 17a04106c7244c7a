import { useEffect, useMemo, useState } from 'react'
import { EQUIPMENT, MOVEMENT_PATTERNS } from '../../../shared/schemas/exercise.schema'
import { nameKey } from '../../../shared/exercises/exercise-index'
import type { StoredExercise } from '../../../shared/schemas/exercise.schema'
import { STRENGTH_REGIONS } from '../../../shared/schemas/session.schema'
import { api } from '../api/backend'
import { SearchInput } from '../ui/SearchInput'

type Draft = Omit<StoredExercise, 'id'> & { id?: string }

const EMPTY: Draft = {
  name: '',
  region: 'lower',
  pattern: 'squat',
  equipment: 'barbell',
  aliases: [],
  modality: 'strength',
}

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

  useEffect(() => {
    let current = true
    void api.exercises.list().then((r) => {
      if (current && r.ok) setExercises(r.value)
    })
    return () => {
      current = false
    }
  }, [version])

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
          <form
            className="library-form"
            aria-label={draft.id ? `Change ${draft.name}` : 'New exercise'}
            noValidate
            onSubmit={(e) => {
              e.preventDefault()
              void save()
            }}
          >
            <label className="field">
              Name
              <input
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </label>
            <label className="inline-label">
              Region
              <select
                value={draft.region ?? ''}
                onChange={(e) =>
                  setDraft({
                    ...draft,
                    region:
                      e.target.value === '' ? null : (e.target.value as StoredExercise['region']),
                  })
                }
              >
                <option value="">(none: run or cardio)</option>
                {STRENGTH_REGIONS.map((r) => (
                  <option key={r} value={r}>
                    {r}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-label">
              Pattern
              <select
                value={draft.pattern}
                onChange={(e) =>
                  setDraft({ ...draft, pattern: e.target.value as StoredExercise['pattern'] })
                }
              >
                {MOVEMENT_PATTERNS.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
            <label className="inline-label">
              Equipment
              <select
                value={draft.equipment}
                onChange={(e) =>
                  setDraft({ ...draft, equipment: e.target.value as StoredExercise['equipment'] })
                }
              >
                {EQUIPMENT.map((q) => (
                  <option key={q} value={q}>
                    {q}
                  </option>
                ))}
              </select>
            </label>
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
          </form>
        )}
        {merging && (
          <div className="library-form" role="group" aria-label={`Merge ${merging.from.name}`}>
            <label className="inline-label">
              Merge {merging.from.name} into
              <select
                aria-label="Exercise to keep"
                value={merging.into}
                onChange={(e) => setMerging({ ...merging, into: e.target.value })}
              >
                {exercises
                  .filter((e) => e.id !== merging.from.id)
                  .map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.name}
                    </option>
                  ))}
              </select>
            </label>
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
          <caption className="visually-hidden">Exercises</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Region</th>
              <th scope="col">Pattern</th>
              <th scope="col">Equipment</th>
              <th scope="col">Also written</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
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
