import { useCallback, useEffect, useRef, useState } from 'react'
import type { FieldIssue } from '../../../shared/contract/result'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { mergeBlockEdit } from '../../../shared/plans/merge-block-edit'
import { api } from '../api/backend'
import { afterRedo, afterUndo, emptyHistory, recordStep } from './sheet/edit-history'
import type { EditHistory, EditStep } from './sheet/edit-history'

export interface SaveProblem {
  message: string
  issues: FieldIssue[]
}

async function loadBlockAndClient(
  blockId: string,
): Promise<{ block: Block; client: Client | null } | { error: string }> {
  const result = await api.blocks.get({ id: blockId })
  if (!result.ok) return { error: result.error.message }
  const owner = await api.clients.get({ id: result.value.clientId })
  return { block: result.value, client: owner.ok ? owner.value : null }
}

/**
 * A block being edited: every step is written through the contract in one transaction before the
 * sheet shows it, and the save answers with the block's new analysis. Undo and redo send the recorded inverse or
 * forward patches as one more step.
 */
export function useBlockEditor(blockId: string) {
  const [block, setBlock] = useState<Block | null>(null)
  const [client, setClient] = useState<Client | null>(null)
  const [analysis, setAnalysis] = useState<BlockAnalysis | null>(null)
  const [history, setHistory] = useState<EditHistory>(emptyHistory)
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  const [saving, setSaving] = useState(false)
  const analysisRun = useRef(0)

  const analyse = useCallback(async () => {
    const run = ++analysisRun.current
    const result = await api.blocks.analyze({ id: blockId })
    // An older analysis that answers late must not replace a newer one.
    if (run === analysisRun.current && result.ok) setAnalysis(result.value)
  }, [blockId])

  useEffect(() => {
    let current = true
    // State is set in the callbacks, once the backend answers, and not after unmount.
    void loadBlockAndClient(blockId).then((loaded) => {
      if (!current) return
      if ('error' in loaded) setProblem({ message: loaded.error, issues: [] })
      else {
        setBlock(loaded.block)
        setClient(loaded.client)
      }
    })
    void analyse()
    return () => {
      current = false
    }
  }, [blockId, analyse])

  /** Saves patches; resolves true when they are in the database. */
  const save = useCallback(
    async (patches: EditStep['redo']): Promise<boolean> => {
      if (!block) return false
      setSaving(true)
      const result = await api.blocks.applyPatches({ blockId, revision: block.revision, patches })
      setSaving(false)
      if (!result.ok) {
        setProblem({ message: result.error.message, issues: result.error.issues })
        return false
      }
      setProblem(null)
      const edit = result.value
      setBlock((current) => (current ? mergeBlockEdit(current, edit) : current))
      // The save answers with the analysis after it; an analysis still in flight is older.
      analysisRun.current++
      setAnalysis(edit.analysis)
      return true
    },
    [block, blockId],
  )

  const apply = useCallback(
    async (step: EditStep) => {
      if (await save(step.redo)) setHistory((h) => recordStep(h, step))
    },
    [save],
  )

  const undo = useCallback(async () => {
    const step = history.past.at(-1)
    if (step && (await save(step.undo))) setHistory(afterUndo)
  }, [history, save])

  const redo = useCallback(async () => {
    const step = history.future[0]
    if (step && (await save(step.redo))) setHistory(afterRedo)
  }, [history, save])

  const setOverride = useCallback(
    async (rule: string, subject: string, reason: string | null) => {
      const result =
        reason === null
          ? await api.findings.clearOverride({ blockId, rule, subject })
          : await api.findings.override({ blockId, rule, subject, reason })
      if (!result.ok) setProblem({ message: result.error.message, issues: result.error.issues })
      await analyse()
      return result.ok
    },
    [blockId, analyse],
  )

  return {
    block,
    client,
    analysis,
    problem,
    saving,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undoLabel: history.past.at(-1)?.label,
    apply,
    undo,
    redo,
    setOverride,
    dismissProblem: () => setProblem(null),
    /** Takes a block saved outside the sheet (its weeks) and re-analyses it. */
    replaceBlock: (next: Block) => {
      setBlock(next)
      void analyse()
    },
  }
}
