import { IPC_CHANNEL } from '../shared/contract/ipc-channel'
import { fail } from '../shared/contract/result'
import type { Dispatch } from '../server/dispatcher'

/** The parts of ipcMain and its event that the binding needs (testable without Electron). */
export interface IpcLike {
  handle(
    channel: string,
    listener: (
      event: { senderFrame: { url: string } | null },
      ...args: unknown[]
    ) => Promise<unknown>,
  ): void
}

/**
 * Registers the one channel for every procedure. A call from any frame other than the app's own
 * page (an injected iframe, a navigated window) is refused before it reaches a handler.
 */
export function bindIpc(
  ipc: IpcLike,
  dispatch: Dispatch,
  isAppUrl: (url: string) => boolean,
): void {
  ipc.handle(IPC_CHANNEL, async (event, name, input) => {
    const url = event.senderFrame?.url
    if (url === undefined || !isAppUrl(url)) {
      return fail('unauthorized', 'This window may not call Blockwise.')
    }
    return dispatch(String(name), input)
  })
}
