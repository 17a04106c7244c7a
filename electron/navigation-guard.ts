/** The parts of Electron's WebContents the guard uses, so tests can drive it without Electron. */
export interface GuardedContents {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void
}

/**
 * Keeps a window on the app: every navigation away from the app's own page is cancelled, no new
 * window opens, and no <webview> attaches. Links to the outside are not followed at all.
 */
export function guardNavigation(
  contents: GuardedContents,
  isAppUrl: (url: string) => boolean,
): void {
  const stayOnApp = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault()
  }
  contents.on('will-navigate', stayOnApp)
  contents.on('will-redirect', stayOnApp)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** True for the app's own page (the built index.html), ignoring its hash. */
export function isSamePage(appUrl: string): (url: string) => boolean {
  const strip = (u: string) => u.split('#')[0]
  return (url) => strip(url) === strip(appUrl)
}
