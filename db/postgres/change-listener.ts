import pg from 'pg'
import { z } from 'zod'

/**
 * One change of a team database as PostgreSQL announces it (migration 7's trigger on the change
 * log, sent when the writing transaction commits): who, when, which client and block, and the
 * block revision it made.
 */
export const AnnouncedChangeSchema = z.object({
  at: z.string(),
  coachId: z.string().nullable(),
  coachName: z.string(),
  procedure: z.string(),
  clientId: z.string().nullable(),
  blockId: z.string().nullable(),
  revision: z.number().int().nullable(),
})
export type AnnouncedChange = z.infer<typeof AnnouncedChangeSchema>

export const CHANGES_CHANNEL = 'blockwise_changes'

/**
 * Listens for the team database's changes on a connection of its own (LISTEN holds a session, so
 * it cannot share the pool), and hands each to `onChange`. A dropped connection (the server
 * restarted, the network blinked) is opened again with growing pauses; `onReconnect` is told, so
 * pages can reload what they may have missed meanwhile.
 */
export class ChangeListener {
  private client: pg.Client | null = null
  private closed = false
  private retryMs = 250

  constructor(
    private readonly url: string,
    private readonly onChange: (change: AnnouncedChange) => void,
    private readonly onReconnect: () => void = () => undefined,
  ) {}

  async start(): Promise<void> {
    await this.connect()
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: 'blockwise-listen',
    })
    client.on('notification', (message) => {
      if (message.channel !== CHANGES_CHANNEL || !message.payload) return
      let payload: unknown
      try {
        payload = JSON.parse(message.payload)
      } catch {
        return
      }
      const parsed = AnnouncedChangeSchema.safeParse(payload)
      if (parsed.success) this.onChange(parsed.data)
    })
    client.on('error', () => this.dropped(client))
    client.on('end', () => this.dropped(client))
    await client.connect()
    await client.query(`LISTEN ${CHANGES_CHANNEL}`)
    this.client = client
    this.retryMs = 250
  }

  private dropped(client: pg.Client): void {
    if (this.client !== client || this.closed) return
    this.client = null
    const retry = () => {
      if (this.closed) return
      this.connect().then(
        () => this.onReconnect(),
        () => {
          this.retryMs = Math.min(this.retryMs * 2, 10_000)
          setTimeout(retry, this.retryMs)
        },
      )
    }
    setTimeout(retry, this.retryMs)
  }

  async close(): Promise<void> {
    this.closed = true
    const client = this.client
    this.client = null
    if (client) await client.end().catch(() => undefined)
  }
}
