/** What a key asks of the sheet (beyond moving the cursor, see sheet-navigation.ts). */
export type SheetCommand =
  | 'showLines'
  | 'hideLines'
  | 'undo'
  | 'redo'
  | 'fillDown'
  | 'help'
  | 'edit'
  | 'clear'
  | 'collapse'
  | 'insertRow'
  | 'deleteRows'
  | 'type'

/** The parts of a key event the keymap reads (a DOM or React keyboard event has them). */
export interface KeyPress {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

interface Binding {
  command: SheetCommand
  /** The keys as the help lists them. */
  keys: string
  matches: (key: string, mod: boolean, e: KeyPress) => boolean
}

/**
 * The sheet's keys as data, first match wins: the view dispatches the command, the help lists
 * the keys. Ctrl and ⌘ are the same modifier.
 */
export const SHEET_KEYMAP: readonly Binding[] = [
  { command: 'showLines', keys: 'Alt+↓', matches: (k, _, e) => e.altKey && k === 'ArrowDown' },
  { command: 'hideLines', keys: 'Alt+↑', matches: (k, _, e) => e.altKey && k === 'ArrowUp' },
  {
    command: 'redo',
    keys: 'Ctrl+Shift+Z',
    matches: (k, m, e) => m && e.shiftKey && k.toLowerCase() === 'z',
  },
  { command: 'undo', keys: 'Ctrl+Z', matches: (k, m) => m && k.toLowerCase() === 'z' },
  { command: 'redo', keys: 'Ctrl+Y', matches: (k, m) => m && k.toLowerCase() === 'y' },
  { command: 'fillDown', keys: 'Ctrl+D', matches: (k, m) => m && k.toLowerCase() === 'd' },
  { command: 'help', keys: '? or F1', matches: (k, m) => k === 'F1' || (k === '?' && !m) },
  { command: 'edit', keys: 'Enter or F2', matches: (k, m) => (k === 'Enter' && !m) || k === 'F2' },
  {
    command: 'clear',
    keys: 'Delete or Backspace',
    matches: (k, m, e) => (k === 'Delete' || k === 'Backspace') && !e.shiftKey && !m,
  },
  { command: 'collapse', keys: 'Escape', matches: (k) => k === 'Escape' },
  {
    command: 'insertRow',
    keys: 'Ctrl+Enter or Ctrl++',
    matches: (k, m, e) => m && (k === 'Enter' || (e.shiftKey && (k === '+' || k === '='))),
  },
  {
    command: 'deleteRows',
    keys: 'Ctrl+− or Shift+Delete',
    matches: (k, m, e) => (m && k === '-') || (k === 'Delete' && e.shiftKey),
  },
  {
    command: 'type',
    keys: 'any character',
    matches: (k, m, e) => !m && !e.altKey && k.length === 1,
  },
]

/** The command a key press asks for, or null for a key the sheet leaves alone. */
export function sheetCommand(event: KeyPress): SheetCommand | null {
  const mod = event.ctrlKey || event.metaKey
  return SHEET_KEYMAP.find((b) => b.matches(event.key, mod, event))?.command ?? null
}
