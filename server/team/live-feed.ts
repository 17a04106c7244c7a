import type { Kysely } from 'kysely'
import { ChangeListener } from '../../db/postgres/change-listener'
import type { AnnouncedChange } from '../../db/postgres/change-listener'
import type { Coach } from '../../db/repositories/coach.repository'
import type { Database } from '../../db/schema'

/** What a coach's page is told: a change it may see, or "reload, changes may have been missed". */
export type LiveMessage = { type: 'change'; change: AnnouncedChange } | { type: 'resync' }

interface Subscriber {
  coach: Coach
  send: (message: LiveMessage) => void
}

/**
 * The team database's changes, as each signed-in coach may see them: a change of a client goes to
 * the head coaches and the coaches who own or share that client; a team-wide one (the library,
 * templates, coaches) to everyone. One listener per server process feeds every page it serves,
 * in the order the changes committed.
 */
export class LiveFeed {
  private readonly subscribers = new Set<Subscriber>()
  private readonly listener: ChangeListener
  private delivering: Promise<void> = Promise.resolve()

  constructor(
    private readonly db: Kysely<Database>,
    url: string,
  ) {
    this.listener = new ChangeListener(
      url,
      (change) => {
        this.delivering = this.delivering.then(() => this.deliver(change)).catch(() => undefined)
      },
      () => this.broadcast({ type: 'resync' }),
    )
  }

  start(): Promise<void> {
    return this.listener.start()
  }

  /** Sends this coach's changes to `send` until the returned function is called. */
  subscribe(coach: Coach, send: (message: LiveMessage) => void): () => void {
    const subscriber = { coach, send }
    this.subscribers.add(subscriber)
    return () => this.subscribers.delete(subscriber)
  }

  get size(): number {
    return this.subscribers.size
  }

  private broadcast(message: LiveMessage): void {
    for (const s of this.subscribers) s.send(message)
  }

  private async deliver(change: AnnouncedChange): Promise<void> {
    if (this.subscribers.size === 0) return
    const message: LiveMessage = { type: 'change', change }
    if (change.clientId === null) return this.broadcast(message)
    const rows = await this.db
      .selectFrom('client_access')
      .select('coach_id')
      .where('client_id', '=', change.clientId)
      .execute()
    const allowed = new Set(rows.map((r) => r.coach_id))
    for (const s of this.subscribers) {
      if (s.coach.role === 'head' || allowed.has(s.coach.id)) s.send(message)
    }
  }

  close(): Promise<void> {
    this.subscribers.clear()
    return this.listener.close()
  }
}
