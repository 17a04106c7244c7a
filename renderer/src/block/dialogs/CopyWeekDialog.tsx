import { useState } from 'react'
import { copyWeekPatches } from '../../../../shared/plans/copy-sessions'
import { deloadSession } from '../../../../shared/plans/deload'
import type { Block } from '../../../../shared/schemas/block.schema'
import { DEFAULT_DELOAD } from '../../../../shared/schemas/template.schema'
import { FormDialog } from '../../dialogs/FormDialog'
import { InlineCheckbox } from '../../dialogs/InlineCheckbox'
import { InlineSelect } from '../../dialogs/fields'
import type { EditStep } from '../sheet/edit-history'

interface Props {
  block: Block
  /** The week copied unless the coach picks another: the week of the sheet's cursor. */
  from: number
  units: { unit: 'kg' | 'lb'; increment: number }
  apply: (step: EditStep) => Promise<unknown>
  /** Copied: what happened, in a sentence for the screen's notice. */
  onCopied: (notice: string) => void
  onClose: () => void
}

/**
 * One week copied onto another or onto every following week, as one save and one undo step. A
 * deload week it lands on is scaled (volume −40 %, intensity −10 %) unless the coach unticks it.
 */
export function CopyWeekDialog({ block, from, units, apply, onCopied, onClose }: Props) {
  const [copyFrom, setCopyFrom] = useState(from)
  const [copyTo, setCopyTo] = useState<number | 'following'>('following')
  const [scaleDeload, setScaleDeload] = useState(true)
  const targets =
    copyTo === 'following' ? block.weeks.map((_, i) => i).filter((i) => i > copyFrom) : [copyTo]
  const deloads = new Set(targets.filter((t) => block.weeks[t]?.deload))

  async function copy() {
    if (targets.length === 0 || targets.includes(copyFrom)) return
    const scale = scaleDeload && deloads.size > 0
    const copied = copyWeekPatches(block.sessions, copyFrom, targets, () => crypto.randomUUID(), {
      change: (s) =>
        scale && deloads.has(s.weekIndex) ? deloadSession(s, DEFAULT_DELOAD, units) : s,
    })
    onClose()
    await apply({ label: `copy week ${copyFrom + 1}`, redo: copied.redo })
    const where =
      targets.length === 1
        ? `week ${targets[0]! + 1}`
        : `weeks ${targets[0]! + 1}–${targets.at(-1)! + 1}`
    const scaled = scale ? ` Deload weeks scaled (volume −40 %, intensity −10 %).` : ''
    onCopied(
      `Copied week ${copyFrom + 1} to ${where}: ${copied.inserted} sessions in, ${copied.replaced} replaced.${scaled} Undo reverts it.`,
    )
  }

  return (
    <FormDialog
      title="Copy a week"
      onClose={onClose}
      onSubmit={() => void copy()}
      submit="Copy"
      disabled={targets.length === 0}
    >
      <InlineSelect
        label="Copy week"
        value={copyFrom}
        options={block.weeks.map((_, i) => ({ value: i, label: String(i + 1) }))}
        onChange={setCopyFrom}
      />
      <InlineSelect<number | 'following'>
        label="to"
        value={copyTo}
        options={[
          { value: 'following', label: 'all following weeks' },
          ...block.weeks.flatMap((_, i) =>
            i === copyFrom ? [] : [{ value: i, label: `week ${i + 1}` }],
          ),
        ]}
        onChange={setCopyTo}
      />
      {deloads.size > 0 && (
        <InlineCheckbox checked={scaleDeload} onChange={setScaleDeload}>
          scale deload weeks (volume −40 %, intensity −10 %)
        </InlineCheckbox>
      )}
      <p className="muted">
        The sessions of the weeks copied onto are replaced; Undo (Ctrl+Z) puts them back.
      </p>
    </FormDialog>
  )
}
