import type { ClientSummary } from '../../shared/schemas/client.schema'

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
