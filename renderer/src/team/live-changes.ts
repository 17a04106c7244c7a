import { SESSION_HEADER } from '../../../shared/contract/session-header'

/** A change of the team database, as the server pushes it (db/postgres/change-listener.ts). */
export interface LiveChange {
  at: string
  coachId: string | null
  coachName: string
  procedure: string
  clientId: string | null
  blockId: string | null
  revision: number | null
}

/** What the page hears: a change it may see, or "reload: changes may have been missed". */
export type LiveEvent = { type: 'change'; change: LiveChange } | { type: 'resync' }

type Listener = (event: LiveEvent) => void

const listeners = new Set<Listener>()
let started = false

/** Calls `listener` for each change pushed to this page until the returned function is called. */
export function onLiveChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const emit = (event: LiveEvent) => {
  for (const listener of listeners) listener(event)
}

/** The `event:`/`data:` blocks of a server-sent event stream, as they complete. */
function* events(buffer: { text: string }): Generator<{ event: string; data: string }> {
  for (let end = buffer.text.indexOf('\n\n'); end >= 0; end = buffer.text.indexOf('\n\n')) {
    const block = buffer.text.slice(0, end)
    buffer.text = buffer.text.slice(end + 2)
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice(7)
      else if (line.startsWith('data: ')) data.push(line.slice(6))
    }
    if (data.length > 0) yield { event, data: data.join('\n') }
  }
}

/**
 * Keeps one stream of changes open to the team server (POST /api/events, read with fetch so the
 * session goes in its header like every call), opening it again after a dropped connection; after
 * a gap, listeners are told to resync, since changes may have been missed meanwhile.
 */
export function startLiveChanges(session: () => string | null): void {
  if (started) return
  started = true
  let retryMs = 500
  let first = true
  const connect = async () => {
    const token = session()
    if (!token) return
    try {
      const response = await fetch('/api/events', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [SESSION_HEADER]: token },
        body: '{}',
      })
      if (response.status === 401 || !response.body) return
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
      const buffer = { text: '' }
      if (!first) emit({ type: 'resync' })
      first = false
      retryMs = 500
      for (;;) {
        const { value, done } = await reader.read()
        if (done) break
        buffer.text += value
        for (const { event, data } of events(buffer)) {
          if (event === 'change') emit({ type: 'change', change: JSON.parse(data) as LiveChange })
          if (event === 'resync') emit({ type: 'resync' })
          if (event === 'signed-out') return
        }
      }
    } catch {
      // The server is restarting or the network blinked: try again shortly.
    }
    setTimeout(() => void connect(), retryMs)
    retryMs = Math.min(retryMs * 2, 10_000)
  }
  void connect()
}
