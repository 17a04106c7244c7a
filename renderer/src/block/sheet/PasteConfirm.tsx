import type { BlockSession } from '../../../../shared/schemas/block.schema'
import { ConfirmDialog } from '../../dialogs/ConfirmDialog'
import { dayName, sessionKind } from '../change-step-model'

/** A paste that overwrites sessions of more than one week: what it replaces, asked once. */
export function PasteConfirm({
  replaced,
  onReplace,
  onCancel,
}: {
  replaced: readonly BlockSession[]
  onReplace: () => void
  onCancel: () => void
}) {
  const weeks = [...new Set(replaced.map((s) => s.weekIndex + 1))].sort((a, b) => a - b)
  return (
    <ConfirmDialog
      title={`Paste over ${replaced.length} sessions in weeks ${weeks.join(', ')}?`}
      yes="Replace them"
      onYes={onReplace}
      no="Cancel"
      onNo={onCancel}
    >
      <p>The paste replaces what these sessions are now:</p>
      <ul className="paste-replaced">
        {replaced.slice(0, 14).map((s) => (
          <li key={s.id}>
            Week {s.weekIndex + 1} {dayName(s.day)} {s.start}: {s.durationMin} min {sessionKind(s)}
            {s.exercises?.length ? ` (${s.exercises.length} lines)` : ''}
          </li>
        ))}
        {replaced.length > 14 && <li>and {replaced.length - 14} more</li>}
      </ul>
    </ConfirmDialog>
  )
}
