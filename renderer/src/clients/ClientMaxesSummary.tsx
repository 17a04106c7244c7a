import { useEffect, useState } from 'react'
import { maxWords } from '../../../shared/exercises/loads'
import type { ClientMaxes } from '../../../shared/schemas/maxes.schema'
import { api } from '../api/backend'
import { MaxesDialog } from './MaxesDialog'

/** On the client panel: the client's maxes in one line, and Maxes… to change them. */
export function ClientMaxesSummary({
  clientId,
  clientName,
}: {
  clientId: string
  clientName: string
}) {
  const [numbers, setNumbers] = useState<ClientMaxes | null>(null)
  const [lifts, setLifts] = useState<string[]>([])
  const [editing, setEditing] = useState(false)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let current = true
    void Promise.all([api.maxes.get({ clientId }), api.exercises.list()]).then(([got, lib]) => {
      if (!current) return
      if (got.ok) setNumbers(got.value)
      if (lib.ok) setLifts(lib.value.filter((e) => e.modality === 'strength').map((e) => e.name))
    })
    return () => {
      current = false
    }
  }, [clientId, version])
  if (!numbers) return null
  return (
    <section className="client-maxes" aria-labelledby="client-maxes-title">
      <h3 id="client-maxes-title">Maxes</h3>
      <p className="muted">
        {numbers.maxes.length === 0
          ? 'None yet: loads written as %1RM show as percentages.'
          : numbers.maxes
              .map((m) => `${m.lift} ${maxWords(m.oneRmKg, numbers.loads.unit)}`)
              .join(' · ')}
        {` · loads in ${numbers.loads.unit}`}
      </p>
      <button type="button" onClick={() => setEditing(true)}>
        Maxes…
      </button>
      {editing && (
        <MaxesDialog
          clientId={clientId}
          clientName={clientName}
          lifts={lifts}
          onClose={() => {
            setEditing(false)
            setVersion((v) => v + 1)
          }}
        />
      )}
    </section>
  )
}
