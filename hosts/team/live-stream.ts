import type { IncomingMessage, ServerResponse } from 'node:http'
import { coachOfToken } from '../../server/team/coach-auth'
import type { LiveMessage } from '../../server/team/live-feed'
import { sessionOf } from './team-request'
import type { TeamServerOptions } from './team-server'

/** How often an open stream is checked (its session still live) and kept open through proxies. */
export const HEARTBEAT_MS = 15_000

/**
 * `POST /api/events`: the changes this coach may see, pushed as server-sent events for as long as
 * the page keeps the request open (`event: change`, then `data:` the change as JSON). The page
 * reads it with fetch, so the session goes in its header like every other call. A session that
 * ends (signed out, expired) ends the stream at the next heartbeat.
 */
export async function streamChanges(
  req: IncomingMessage,
  res: ServerResponse,
  options: Pick<TeamServerOptions, 'backend' | 'feed'>,
): Promise<void> {
  const db = options.backend.database.db
  const session = sessionOf(req.headers)
  const coach = session ? await coachOfToken(db, session, new Date()) : undefined
  if (!session || !coach) {
    res.writeHead(401, { 'Content-Type': 'application/json; charset=utf-8' })
    return void res.end(
      JSON.stringify({
        ok: false,
        error: { code: 'unauthorized', message: 'Sign in to the team server first.', issues: [] },
      }),
    )
  }
  req.resume()
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
    Connection: 'keep-alive',
  })
  res.flushHeaders()
  const write = (event: string, data: unknown) =>
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  write('ready', { coachId: coach.id })
  const unsubscribe = options.feed.subscribe(coach, (message: LiveMessage) =>
    write(message.type, message.type === 'change' ? message.change : {}),
  )
  const heartbeat = setInterval(() => {
    void coachOfToken(db, session, new Date()).then(
      (still) => {
        if (still) return void res.write(': still here\n\n')
        write('signed-out', {})
        res.end()
      },
      () => undefined,
    )
  }, HEARTBEAT_MS)
  const stop = () => {
    clearInterval(heartbeat)
    unsubscribe()
  }
  // The response closes when the page goes (the request's own 'close' comes once its body is read).
  res.on('close', stop)
}
