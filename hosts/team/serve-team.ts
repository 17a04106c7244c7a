import { existsSync } from 'node:fs'
import path from 'node:path'
import { openBackend } from '../../server/backend'
import type { Backend } from '../../server/backend'
import { defaultDataDirectory } from '../../server/data-location'
import { DownloadShelf } from '../../server/download-shelf'
import { RENDERER_DIR } from '../../server/project-paths'
import { LiveFeed } from '../../server/team/live-feed'
import { teamFolders } from './team-folders'
import { startTeamServer } from './team-server'
import type { TeamServer } from './team-server'

export interface ServeOptions {
  pgUrl: string
  port: number
  listen: string
  /** Where handouts are written on this machine before they are downloaded. */
  handoutsDir?: string
  rendererDir?: string
}

export interface ServingTeam {
  backend: Backend
  feed: LiveFeed
  server: TeamServer
  /** False until `npm run build` has made the page; the API answers either way. */
  pageBuilt: boolean
  stop(): Promise<void>
}

/**
 * `blockwise serve --pg URL`: the team database opened (and migrated), its change feed listened
 * to, and the team server started. Every call needs a signed-in coach.
 */
export async function serveTeam(options: ServeOptions): Promise<ServingTeam> {
  const rendererDir = options.rendererDir ?? RENDERER_DIR
  // The API works without the page (scripts, the load bench); the page says how to build it.
  const pageBuilt = existsSync(path.join(rendererDir, 'index.html'))
  const downloads = new DownloadShelf()
  const handoutsDir = options.handoutsDir ?? path.join(defaultDataDirectory(), 'team-handouts')
  const backend = await openBackend({
    postgresUrl: options.pgUrl,
    host: 'browser',
    seedDemoWhenEmpty: false,
    coachesSignIn: true,
    downloads,
    folders: teamFolders(handoutsDir),
    checkOutputs: process.env.BLOCKWISE_CHECK_OUTPUTS === '1',
  })
  const feed = new LiveFeed(backend.database.db, options.pgUrl)
  try {
    await feed.start()
    const server = await startTeamServer({
      backend,
      feed,
      rendererDir,
      downloads,
      port: options.port,
      listen: options.listen,
    })
    return {
      backend,
      feed,
      server,
      pageBuilt,
      stop: async () => {
        await server.close()
        await feed.close()
        await backend.close()
      },
    }
  } catch (error) {
    await feed.close()
    await backend.close()
    throw error
  }
}
