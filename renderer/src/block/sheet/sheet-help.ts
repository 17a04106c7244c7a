/** What each key does in the sheet; the list the help dialog shows (? or F1). */
export const SHEET_KEYS: readonly [keys: string, what: string][] = [
  ['Arrows, Home, End, Page Up/Down', 'move the cursor; Ctrl+Home and Ctrl+End go to the corners'],
  ['Shift + arrows', 'select a range'],
  ['Tab, Shift+Tab', 'next or previous cell you can type in'],
  ['Typing, Enter, F2', 'edit the cell (typing replaces, F2 keeps the value)'],
  ['Enter / Tab in a cell', 'save it and move down / right'],
  ['Escape', 'leave the cell as it was'],
  ['Delete, Backspace', 'empty the selected cells (required ones go back to their default)'],
  ['Ctrl+Enter, Ctrl+Shift+=', 'insert a row below, with the cursor on it'],
  ['The empty row at the end', 'type or paste there to add sessions'],
  [
    'Alt+Down, Alt+Up',
    'show or hide a session’s exercise lines (type them as Back squat 5x5 @80%)',
  ],
  ['Ctrl+−, Shift+Delete', 'delete the selected rows'],
  ['Ctrl+C, Ctrl+V', 'copy and paste with Excel or Google Sheets'],
  ['Ctrl+D', 'fill the top row of a selection down'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z, Ctrl+Y', 'redo'],
  ['Alt+B', 'the Block menu (Balance, Progress…, Copy week…, Handout…): arrows move, Escape back'],
  ['? or F1', 'this help'],
]
