import { useEffect } from 'react'
import { onLiveChange } from './live-changes'

/**
 * Keeps an open block in step with the other coaches of a team: a save of this block brings their
 * revision in (`follow`); a change beside it (the client's profile, maxes, readiness, overrides)
 * re-runs the analysis; after a gap in the stream, both. Nothing happens on the desktop.
 */
export function useLiveBlock(
  block: { id: string; clientId: string } | null,
  editor: { follow: (revision: number) => Promise<void>; reanalyse: () => Promise<void> },
): void {
  const blockId = block?.id
  const clientId = block?.clientId
  const { follow, reanalyse } = editor
  useEffect(() => {
    if (!blockId) return
    return onLiveChange((event) => {
      if (event.type === 'resync') {
        void follow(Number.MAX_SAFE_INTEGER)
        return
      }
      const { change } = event
      if (change.blockId === blockId && change.revision !== null) void follow(change.revision)
      else if (
        change.blockId === blockId ||
        (change.blockId === null && change.clientId === clientId)
      ) {
        void reanalyse()
      }
    })
  }, [blockId, clientId, follow, reanalyse])
}
