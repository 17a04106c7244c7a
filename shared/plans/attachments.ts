/** A session as far as attachments go: its id and the session it is attached to, if any. */
interface Attachable {
  id: string
  attachedTo: string | null
}

/**
 * The first loop of attachments among `sessions` (a cool-down attached to a lift attached back to
 * the cool-down), as the ids around it ["a", "b", "a"], or null. A loop has no session to put
 * first, so no database can hold it in order and no editor can move it as a group: every entry
 * point (edits, plan and CSV imports, database loads) refuses one.
 */
export function attachmentLoop(sessions: readonly Attachable[]): string[] | null {
  const parentOf = new Map(sessions.map((s) => [s.id, s.attachedTo]))
  const settled = new Set<string>()
  for (const start of sessions) {
    const path: string[] = []
    const onPath = new Set<string>()
    for (let id: string | null | undefined = start.id; id != null; id = parentOf.get(id)) {
      if (settled.has(id)) break
      if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id]
      onPath.add(id)
      path.push(id)
    }
    for (const id of path) settled.add(id)
  }
  return null
}

/** "a → b → a", for messages. */
export const loopWords = (loop: readonly string[]) => loop.join(' → ')

/**
 * Sessions ordered so that every session comes after the one it is attached to, however long the
 * chain (a stretch attached to a cool-down attached to a lift): the order a database with
 * immediate foreign keys needs. Sessions attached to one outside the list count as roots.
 * Assumes no loop (see attachmentLoop); a loop's members keep their relative order at the end.
 */
export function parentsFirst<T extends Attachable>(sessions: readonly T[]): T[] {
  const byId = new Map(sessions.map((s) => [s.id, s]))
  const depth = new Map<string, number>()
  const depthOf = (s: T): number => {
    const known = depth.get(s.id)
    if (known !== undefined) return known
    depth.set(s.id, sessions.length) // a loop ends up last instead of recursing for ever
    const parent = s.attachedTo === null ? undefined : byId.get(s.attachedTo)
    const d = parent ? depthOf(parent) + 1 : 0
    depth.set(s.id, d)
    return d
  }
  return sessions
    .map((s, index) => ({ s, index, d: depthOf(s) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .map((x) => x.s)
}
