import type { Api } from '../shared/contract/api-client'
import type { ClientSummary } from '../shared/schemas/client.schema'

/**
 * A client named on the command line: by id, or by exact name in any case. Returns the client,
 * null when none matches, or a message when the name is ambiguous.
 */
export function findClientByNameOrId(
  roster: readonly ClientSummary[],
  wanted: string,
): ClientSummary | null | string {
  const text = wanted.trim()
  const byId = roster.find((c) => c.id === text)
  if (byId) return byId
  const byName = roster.filter((c) => c.name.toLocaleLowerCase() === text.toLocaleLowerCase())
  if (byName.length > 1) {
    return `${byName.length} clients are called ${JSON.stringify(text)}; use one of their ids: ${byName.map((c) => c.id).join(', ')}`
  }
  return byName[0] ?? null
}

/**
 * The existing client a command names (`--client NAME_OR_ID`), read from the roster through the
 * contract: the client, or the message to exit 2 with (none, several of that name, or a failure).
 */
export async function existingClient(
  api: Pick<Api, 'clients'>,
  wanted: string,
): Promise<{ client: ClientSummary } | { problem: string }> {
  const roster = await api.clients.list({ includeArchived: true })
  if (!roster.ok) return { problem: roster.error.message }
  const client = findClientByNameOrId(roster.value, wanted)
  if (typeof client === 'string') return { problem: client }
  if (!client) return { problem: `No client is called ${JSON.stringify(wanted.trim())}.` }
  return { client }
}
