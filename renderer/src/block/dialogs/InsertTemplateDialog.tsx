import { counted } from '../../../../shared/words/counted'
import { useEffect, useMemo, useState } from 'react'
import type { Block } from '../../../../shared/schemas/block.schema'
import type { TemplatePreview, TemplateSummary } from '../../../../shared/schemas/template.schema'
import { api } from '../../api/backend'
import { FormDialog } from '../../dialogs/FormDialog'
import { InlineSelect } from '../../dialogs/fields'
import { EngineVerdict } from '../EngineVerdict'
import { readLatest } from '../../api/read-latest'
import { previewVerdict } from '../preview-verdict'
import type { FindingsDiff } from '../findings-diff-model'
import { replaceWeeksStep } from '../replace-weeks-model'
import type { EditStep } from '../sheet/edit-history'

interface Props {
  block: Block
  apply: (step: EditStep) => Promise<void>
  onClose: () => void
}

/**
 * Puts a template's weeks into the open block, in place of the weeks it lands on, with what the
 * engine would say of the result first (loads past this client's rep max, PRG-05, among others).
 */
export function InsertTemplateDialog({ block, apply, onClose }: Props) {
  const [templates, setTemplates] = useState<TemplateSummary[]>([])
  const [templateId, setTemplateId] = useState('')
  const [at, setAt] = useState(0)
  const [fitted, setFitted] = useState<{ id: string; value: TemplatePreview } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    void api.templates.list().then((r) => {
      if (!r.ok) return
      setTemplates(r.value)
      setTemplateId((id) => id || (r.value[0]?.id ?? ''))
    })
  }, [])
  useEffect(() => {
    if (!templateId) return
    let current = true
    void api.templates
      .preview({ templateId, clientId: block.clientId, startDate: block.startDate })
      .then((r) => {
        if (!current) return
        if (r.ok) setFitted({ id: templateId, value: r.value })
        else setProblem(r.error.message)
      })
    return () => {
      current = false
    }
  }, [templateId, block.clientId, block.startDate])

  const shown = fitted?.id === templateId ? fitted.value : null
  const step = useMemo(() => shown && replaceWeeksStep(block, shown, at), [shown, block, at])
  const [verdict, setVerdict] = useState<(FindingsDiff & { step: EditStep }) | null>(null)
  useEffect(() => {
    if (!step) return
    return readLatest(previewVerdict(block.id, block.revision, step.redo), (diff) =>
      setVerdict({ step, ...diff }),
    )
  }, [step, block.id, block.revision])
  const engine = verdict && verdict.step === step ? verdict : null
  const replaced = step?.redo.filter((p) => p.op === 'delete').length ?? 0
  const inserted = step ? step.redo.length - replaced : 0
  const lastWeek = shown ? Math.min(block.weeks.length, at + shown.weeks.length) : at + 1

  return (
    <FormDialog
      title="Insert a template"
      onClose={onClose}
      onSubmit={() => {
        if (step) void apply(step).then(onClose)
      }}
      submit="Replace weeks"
      disabled={!step}
      problems={problem}
    >
      <InlineSelect
        label="Template"
        value={templateId}
        options={templates.map((t) => ({ value: t.id, label: t.name }))}
        onChange={setTemplateId}
      />
      <InlineSelect
        label="Into this block from week"
        value={at}
        options={block.weeks.map((_, i) => ({ value: i, label: String(i + 1) }))}
        onChange={setAt}
      />
      {shown && (
        <p role="status">
          Weeks {at + 1}–{lastWeek}: {replaced} session{replaced === 1 ? '' : 's'} replaced by{' '}
          {inserted} from the template, loads from this client’s maxes.
          {at + shown.weeks.length > block.weeks.length &&
            ` The template’s last ${counted(at + shown.weeks.length - block.weeks.length, 'week')} do not fit and are left out.`}
        </p>
      )}
      {engine && <EngineVerdict diff={engine} />}
    </FormDialog>
  )
}
