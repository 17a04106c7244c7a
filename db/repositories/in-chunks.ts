/** SQLite binds at most 32,766 parameters; chunks of 500 ids keep every IN list well inside it. */
const CHUNK = 500

/** Runs `read` over `ids` 500 at a time and concatenates what it returns. */
export async function inChunks<T>(
  ids: readonly string[],
  read: (chunk: string[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < ids.length; i += CHUNK) out.push(...(await read(ids.slice(i, i + CHUNK))))
  return out
}
