import { PostgresConnectionError } from '../db/postgres/postgres-database'
// The one command that is a host: it starts the team server (lint allows this file alone).
import { serveTeam } from '../hosts/team/serve-team'
import type { CommandResult } from './command-result'

/**
 * `blockwise serve --pg URL [--port N] [--listen ADDR]`: the app for a team's coaches, until
 * Ctrl+C (or SIGTERM from a service manager) stops it.
 */
export async function serveCommand(o: {
  pg: string
  port: number
  listen: string
}): Promise<CommandResult> {
  let serving
  try {
    serving = await serveTeam({ pgUrl: o.pg, port: o.port, listen: o.listen })
  } catch (error) {
    const message = (error as Error).message
    if (error instanceof PostgresConnectionError || /EADDRINUSE|EACCES/.test(message)) {
      return { exitCode: 2, stderr: message }
    }
    throw error
  }
  const { server, backend } = serving
  process.stdout.write(
    [
      `Blockwise team server for ${backend.database.dialect === 'postgres' ? backend.database.url : ''}`,
      `Open ${server.url} and sign in.${o.listen === '127.0.0.1' ? ' (Only this machine can reach it; --listen 0.0.0.0 or a LAN address opens it to the network.)' : ''}`,
      ...(serving.pageBuilt
        ? []
        : ['The page is not built yet (run `npm run build`); the API answers meanwhile.']),
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  )
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve)
    process.once('SIGTERM', resolve)
  })
  await serving.stop()
  return { exitCode: 0 }
}
