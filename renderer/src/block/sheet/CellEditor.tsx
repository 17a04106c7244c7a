import { useEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { SheetColumn } from './sheet-columns'
import type { CommitMove } from './useCellEditing'
import type { BlockSession } from '../../../../shared/schemas/block.schema'

interface Props {
  column: SheetColumn
  session: BlockSession
  initialText: string
  error: string | null
  onCommit: (text: string, move: CommitMove) => void
  onCancel: () => void
}

/**
 * Edits one cell in place. Enumerations get a typeahead list (arrows pick, Enter takes the
 * highlighted option); every kind commits with Enter or Tab and cancels with Escape.
 */
export function CellEditor({ column, session, initialText, error, onCommit, onCancel }: Props) {
  const [text, setText] = useState(initialText)
  const [highlight, setHighlight] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const options = column.kind === 'enum' ? (column.options?.(session) ?? []) : []
  const typed = text.trim().toLowerCase()
  const matches = options.filter(
    (o) =>
      typed === '' ||
      o.label.toLowerCase().includes(typed) ||
      o.value.toLowerCase().startsWith(typed),
  )

  useEffect(() => {
    input.current?.focus({ preventScroll: true })
    // Typing that opened the editor replaces the value; F2 keeps it with the caret at the end.
    const end = input.current?.value.length ?? 0
    input.current?.setSelectionRange(end, end)
  }, [])

  const chosen = () =>
    matches.length > 0 && typed !== ''
      ? (matches[Math.min(highlight, matches.length - 1)]?.label ?? text)
      : text

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      onCancel()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      onCommit(chosen(), 'down')
    } else if (event.key === 'Tab') {
      event.preventDefault()
      onCommit(chosen(), event.shiftKey ? 'left' : 'right')
    } else if (matches.length > 0 && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      setHighlight(
        (h) => (h + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length,
      )
    }
  }

  const listId = `cell-options-${column.id}`
  return (
    <div className="cell-editor">
      <input
        ref={input}
        value={text}
        aria-label={`${column.label} value`}
        aria-invalid={error ? true : undefined}
        aria-autocomplete={column.kind === 'enum' ? 'list' : undefined}
        aria-controls={column.kind === 'enum' ? listId : undefined}
        onChange={(e) => {
          setText(e.target.value)
          setHighlight(0)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => onCommit(chosen(), 'none')}
      />
      {column.kind === 'enum' && matches.length > 0 && (
        <ul
          id={listId}
          role="listbox"
          className="cell-options"
          aria-label={`${column.label} options`}
        >
          {matches.map((o, i) => (
            <li
              key={o.value}
              role="option"
              aria-selected={i === highlight}
              onMouseDown={(e) => {
                e.preventDefault()
                onCommit(o.label, 'down')
              }}
            >
              {o.label}
            </li>
          ))}
        </ul>
      )}
      {error && (
        <div className="cell-error" role="alert">
          {error}
        </div>
      )}
    </div>
  )
}
