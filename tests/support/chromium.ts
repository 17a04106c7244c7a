/**
 * Debian's Chromium, never a downloaded browser, with the flags that keep it off this machine's
 * closed network. Shared by the Playwright config and the editor benchmark.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
}
