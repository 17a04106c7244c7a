import { useEffect, useState } from 'react'
import { api } from '../api/backend'
import { readLatest } from '../api/read-latest'
import { useSignedInCoach } from './team-context'

/** "10:42" today, "3 Dec 10:42" another day, in the coach's own time zone. */
export function whenWords(iso: string, now = new Date()): string {
  const at = new Date(iso)
  const time = at.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
  if (at.toDateString() === now.toDateString()) return time
  return `${at.toLocaleDateString(undefined, { day: 'numeric', month: 'short' })} ${time}`
}

/**
 * Who last changed the block, on a team server: "Changed by Ana at 10:42" (or "by you"). Read
 * again whenever the block's revision moves; nothing on the desktop, where no one is recorded.
 */
export function ChangedBy({ blockId, revision }: { blockId: string; revision: number }) {
  const me = useSignedInCoach()
  const [last, setLast] = useState<{
    coachId: string | null
    coachName: string
    at: string
  } | null>(null)
  useEffect(() => {
    if (!me) return
    return readLatest(api.blocks.lastChange({ id: blockId }), setLast)
  }, [me, blockId, revision])
  if (!me || !last) return null
  const who = last.coachId === me.id ? 'you' : last.coachName
  return (
    <span className="muted changed-by" title={new Date(last.at).toLocaleString()}>
      Changed by {who} at {whenWords(last.at)}
    </span>
  )
}
