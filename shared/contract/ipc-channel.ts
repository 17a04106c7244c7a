/** The single IPC channel every procedure travels on; the procedure name is its first argument. */
export const IPC_CHANNEL = 'blockwise:invoke'

/** What the preload puts on `window.blockwise`: one function, no Electron objects. */
export interface PreloadBridge {
  invoke(name: string, input: unknown): Promise<unknown>
}
