import { useEffect, useState } from 'react'
import type { BlockSummary } from '../../../shared/schemas/block.schema'
import { api } from '../api/backend'
import { formatDate } from '../ui/labels'

/** Every block of a client, drafts and finished ones included, each one click from the editor. */
export function ClientBlocks({
  clientId,
  onOpenBlock,
}: {
  clientId: string
  onOpenBlock: (blockId: string) => void
}) {
  const [blocks, setBlocks] = useState<BlockSummary[] | null>(null)
  useEffect(() => {
    void api.blocks.listForClient({ clientId }).then((result) => {
      if (result.ok) setBlocks(result.value)
    })
  }, [clientId])
  if (!blocks) return null
  return (
    <section className="client-blocks" aria-labelledby="client-blocks-title">
      <h3 id="client-blocks-title">Blocks</h3>
      {blocks.length === 0 ? (
        <p className="muted">No blocks yet.</p>
      ) : (
        <ul>
          {blocks.map((b) => (
            <li key={b.id}>
              <button
                type="button"
                className="link-button"
                aria-label={`Open block ${b.name} (${b.status})`}
                onClick={() => onOpenBlock(b.id)}
              >
                {b.name}
              </button>{' '}
              <span className="muted">
                {b.status} · {b.weekCount} wk from {formatDate(b.startDate)} · {b.sessionCount}{' '}
                sessions
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
