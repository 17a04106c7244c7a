import { DomainError } from '../../shared/contract/result'
import { localIsoDate } from '../../shared/plans/calendar'
import { exportHandout, openCriticals } from '../handouts/export-handout'
import type { BackendContext } from '../context'
import type { DomainHandlers } from './handler-types'

/** One client's handout takes well under a second; a minute means a folder that never answers. */
export const HANDOUT_TIME_LIMIT_MS = 60_000

/**
 * `work`, or a field error on the folder once `ms` have passed: a network folder that hangs must
 * not hold the coach's batch (or the host) for good. Every file is written under a temporary name
 * and renamed last, so an export given up on leaves no half file under a real name.
 */
export function withinTimeLimit<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const limit = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      const message = `Writing to this folder took longer than ${ms / 1000} s; choose another folder.`
      reject(new DomainError('invalid_input', message, [{ path: 'folder', message }]))
    }, ms)
  })
  return Promise.race([work, limit]).finally(() => clearTimeout(timer))
}

/** One zip download of handouts the browser host offered one by one. */
function bundleOfDownloads(ctx: BackendContext, downloads: readonly string[]) {
  if (!ctx.downloads) {
    throw new DomainError(
      'invalid_input',
      'Handouts are zipped for download only in the browser; the desktop app wrote them to the folder you chose.',
    )
  }
  const name = `handouts-${localIsoDate(ctx.now())}.zip`
  const download = ctx.downloads.bundle(downloads, name)
  if (!download) {
    throw new DomainError(
      'not_found',
      'One of these handouts is no longer offered; export again.',
      [{ path: 'downloads', message: 'not a download this window was offered' }],
    )
  }
  return { download }
}

export const handoutHandlers: DomainHandlers<'handouts'> = {
  'handouts.export': async (request, ctx) => {
    const written = await withinTimeLimit(
      exportHandout(
        ctx.db,
        ctx.blocks,
        { ...request, folder: ctx.folders.resolve(request.folder) },
        ctx.now(),
      ),
      HANDOUT_TIME_LIMIT_MS,
    )
    const shelf = ctx.downloads
    return { ...written, downloads: shelf ? written.files.map((f) => shelf.put(f)) : [] }
  },
  'handouts.bundle': ({ downloads }, ctx) =>
    Promise.resolve().then(() => bundleOfDownloads(ctx, downloads)),
  'handouts.chooseFolder': async (_input, ctx) => ({ chosen: await ctx.folders.choose() }),
  'handouts.openCriticals': (request, ctx) => openCriticals(ctx.db, ctx.blocks, request),
}
