import type { ClientSummary } from '../../../shared/schemas/client.schema'
import { EXPERIENCE_LABELS, GOAL_LABELS, formatDate, formatTimestamp } from '../ui/labels'
import { TableHead } from '../ui/TableHead'

interface Props {
  clients: ClientSummary[]
  selectedId: string | null
  onOpen: (id: string) => void
  onRestore: (client: ClientSummary) => void
  onOpenBlock: (blockId: string) => void
  onNewBlock: (client: ClientSummary) => void
}

/** The roster as a table: one row per client, the name opens the client. */
export function RosterTable({
  clients,
  selectedId,
  onOpen,
  onRestore,
  onOpenBlock,
  onNewBlock,
}: Props) {
  if (clients.length === 0) {
    return <p className="empty">No clients match. Clear the search or add a client.</p>
  }
  return (
    <table className="roster-table">
      <TableHead
        caption="Clients"
        columns={['Name', 'Goal', 'Experience (lifting / running)', 'Active block', 'Last edited']}
      />
      <tbody>
        {clients.map((client) => (
          <tr
            key={client.id}
            data-client-id={client.id}
            className={[
              client.id === selectedId ? 'selected' : '',
              client.archived ? 'archived' : '',
            ].join(' ')}
            aria-selected={client.id === selectedId}
          >
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onOpen(client.id)}>
                {client.name}
              </button>
              {client.archived && (
                <>
                  <span className="badge">Archived</span>
                  <button
                    type="button"
                    className="button-small"
                    aria-label={`Restore ${client.name}`}
                    onClick={() => onRestore(client)}
                  >
                    Restore
                  </button>
                </>
              )}
            </th>
            <td>{GOAL_LABELS[client.goal]}</td>
            <td>
              {EXPERIENCE_LABELS[client.experienceStrength]} /{' '}
              {EXPERIENCE_LABELS[client.experienceRunning]}
            </td>
            <td>
              {client.activeBlock ? (
                <>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Open ${client.name}'s block ${client.activeBlock.name}`}
                    onClick={() => onOpenBlock(client.activeBlock!.id)}
                  >
                    {client.activeBlock.name}
                  </button>
                  <span className="muted">
                    {' '}
                    · {client.activeBlock.weeks} wk from {formatDate(client.activeBlock.startDate)}
                  </span>
                </>
              ) : (
                <span className="muted">None </span>
              )}
              {!client.archived && (
                <button
                  type="button"
                  className="button-small roster-new-block"
                  aria-label={`New block for ${client.name}`}
                  onClick={() => onNewBlock(client)}
                >
                  New block…
                </button>
              )}
            </td>
            <td className="nowrap">{formatTimestamp(client.lastEditedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
