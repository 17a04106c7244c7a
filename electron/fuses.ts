/**
 * Electron's fuses for a packaged Blockwise: switches compiled into the Electron binary that turn
 * off ways to run other code through it. Applied by `npm run package:fuses` (scripts/apply-fuses.mjs)
 * to the binary being packaged; the development shell started by `npm start` is left as it is,
 * since it loads the app from a folder rather than an asar archive.
 */
export const BLOCKWISE_FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn the app into a plain Node that runs any script. */
  RunAsNode: false,
  /** Cookies (the app sets none, but Chromium may) are encrypted with the OS keychain. */
  EnableCookieEncryption: true,
  /** NODE_OPTIONS could preload code into the main process. */
  EnableNodeOptionsEnvironmentVariable: false,
  /** --inspect would let another program debug (and drive) the main process. */
  EnableNodeCliInspectArguments: false,
  /** The app archive is checked against the hash embedded at packaging time. */
  EnableEmbeddedAsarIntegrityValidation: true,
  /** Only the packaged archive is loaded, never a loose folder placed beside it. */
  OnlyLoadAppFromAsar: true,
  LoadBrowserProcessSpecificV8Snapshot: false,
  /** file:// gets no more privileges than in a browser (the app uses app://). */
  GrantFileProtocolExtraPrivileges: false,
} as const
