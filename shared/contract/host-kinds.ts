/** Who serves the backend: the desktop shell, the browser host, the command line, or a test. */
export const HOST_KINDS = ['electron', 'browser', 'cli', 'test'] as const
