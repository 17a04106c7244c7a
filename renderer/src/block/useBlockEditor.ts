import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorCode, FieldIssue, Result } from '../../../shared/contract/result'
import type { BlockAnalysis } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import type { BlockWrite, BlockWriteResult } from '../../../shared/schemas/block-write.schema'
import type { Client } from '../../../shared/schemas/client.schema'
import { mergeBlockEdit } from '../../../shared/plans/merge-block-edit'
import { api } from '../api/backend'
import { serialQueue } from './serial-queue'
import { afterRedo, afterUndo, emptyHistory, recordStep } from './sheet/edit-history'
import type { EditHistory, EditStep } from './sheet/edit-history'

/**
 * "Saving…" shows only for a save slower than this. A quicker one is seen as instant, and flipping
 * the status twice would paint two extra frames while the save is on its way.
 */
const SHOW_SAVING_AFTER_MS = 150

/**
 * Each block's undo history, kept for as long as the window is open: leaving a block and coming
 * back to it (or a dialog in between) keeps what Ctrl+Z can take back.
 */
const historyOfBlock = new Map<string, EditHistory>()

export interface SaveProblem {
  /** 'conflict': another window or the command line saved the block first (offer a reload). */
  code: ErrorCode
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
 * A block being edited: every change is one block write through the contract, in one transaction,
 * before the sheet shows it; the write answers with what changed, the write that undoes it, and
 * the block's new analysis. Writes go one at a time, in the order the coach made them. Undo and
 * redo send the inverse the backend gave as one more write.
 */
export function useBlockEditor(blockId: string) {
  const [block, setBlockState] = useState<Block | null>(null)
  const [client, setClient] = useState<Client | null>(null)
  const [analysis, setAnalysis] = useState<BlockAnalysis | null>(null)
  const [history, setHistoryState] = useState<EditHistory>(
    () => historyOfBlock.get(blockId) ?? emptyHistory(),
  )
  const [problem, setProblem] = useState<SaveProblem | null>(null)
  const [saving, setSaving] = useState(false)
  // A save on its way, from the first moment: marks the status busy without painting anything.
  const [pending, setPending] = useState(false)
  const analysisRun = useRef(0)
  // The block and history as the last save left them, for the next queued save; the state copies
  // catch up at the next render.
  const latestBlock = useRef<Block | null>(null)
  const latestHistory = useRef<EditHistory>(history)
  const setBlock = useCallback((next: Block | null) => {
    latestBlock.current = next
    setBlockState(next)
  }, [])
  const setHistory = useCallback(
    (next: EditHistory) => {
      latestHistory.current = next
      historyOfBlock.set(blockId, next)
      setHistoryState(next)
    },
    [blockId],
  )
  const [queue] = useState(serialQueue)
  const pendingSaves = useRef(0)
  const slowSaveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)

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
      if ('error' in loaded) setProblem({ code: 'not_found', message: loaded.error, issues: [] })
      else {
        setBlock(loaded.block)
        setClient(loaded.client)
      }
    })
    void analyse()
    return () => {
      current = false
    }
  }, [blockId, analyse, setBlock])

  /**
   * The block as the database now holds it, after another window or the command line saved it:
   * in the queue after any save on its way. The undo history goes, since its steps were made on
   * the block as it was.
   */
  const reload = useCallback(
    () =>
      queue(async () => {
        const loaded = await loadBlockAndClient(blockId)
        if ('error' in loaded) {
          setProblem({ code: 'not_found', message: loaded.error, issues: [] })
          return
        }
        setBlock(loaded.block)
        setClient(loaded.client)
        setHistory(emptyHistory())
        setProblem(null)
        await analyse()
      }),
    [queue, blockId, setBlock, setHistory, analyse],
  )

  /**
   * Another coach saved this block (a team server's live update): the block as they left it, in
   * the queue after any save of this coach's on its way, so nothing typed is lost and the next
   * save goes on their revision. A revision already here (this coach's own save) changes nothing.
   * The undo history stays: it holds this coach's own steps.
   */
  const follow = useCallback(
    (revision: number) =>
      queue(async () => {
        const current = latestBlock.current
        if (!current || current.revision >= revision) return
        const loaded = await loadBlockAndClient(blockId)
        if ('error' in loaded) return
        setBlock(loaded.block)
        setClient(loaded.client)
        await analyse()
      }),
    [queue, blockId, setBlock, analyse],
  )

  /**
   * The analysis again, after something beside the block changed what the engine reads (the
   * client's readiness reports), in the queue after any save on its way; the undo history stays.
   */
  const reanalyse = useCallback(() => queue(analyse), [queue, analyse])

  /**
   * Sends one write on top of the last saved revision, in the queue's order. A saved write's
   * changes are merged into the block and its analysis shown; nothing is analysed again.
   */
  const send = useCallback(
    async (write: BlockWrite): Promise<Result<BlockWriteResult>> => {
      const current = latestBlock.current
      if (!current)
        return { ok: false, error: { code: 'not_found', message: 'No block', issues: [] } }
      if (pendingSaves.current++ === 0) {
        setPending(true)
        slowSaveTimer.current = setTimeout(() => setSaving(true), SHOW_SAVING_AFTER_MS)
      }
      try {
        const result = await api.blocks.write({ blockId, revision: current.revision, write })
        if (result.ok) {
          const { revision, updatedAt, changes } = result.value
          setBlock(mergeBlockEdit(current, { ...changes, revision, updatedAt }))
          // The write answers with the analysis after it; an analysis still in flight is older.
          analysisRun.current++
          setAnalysis(result.value.analysis)
        }
        return result
      } finally {
        if (--pendingSaves.current === 0) {
          clearTimeout(slowSaveTimer.current)
          setSaving(false)
          setPending(false)
        }
      }
    },
    [blockId, setBlock],
  )

  /** A step's write, saved; its refusal shown. Resolves with the write that undoes it, or null. */
  const save = useCallback(
    async (write: BlockWrite): Promise<BlockWrite | null> => {
      const result = await send(write)
      if (!result.ok) {
        setProblem(result.error)
        return null
      }
      setProblem(null)
      return result.value.inverse
    },
    [send],
  )

  // Every step goes through the queue, so it saves on the revision and history its predecessors left.
  const apply = useCallback(
    (step: EditStep) =>
      queue(async () => {
        const redo: BlockWrite = { kind: 'patches', patches: step.redo }
        const undo = await save(redo)
        if (undo) setHistory(recordStep(latestHistory.current, { label: step.label, redo, undo }))
      }),
    [queue, save, setHistory],
  )

  // Undo sends the inverse the backend gave for the step; the backend's answer to that is the redo.
  const undo = useCallback(
    () =>
      queue(async () => {
        const step = latestHistory.current.past.at(-1)
        const redo = step && (await save(step.undo))
        if (redo) setHistory(afterUndo(latestHistory.current, redo))
      }),
    [queue, save, setHistory],
  )

  const redo = useCallback(
    () =>
      queue(async () => {
        const step = latestHistory.current.future[0]
        const undo = step && (await save(step.redo))
        if (undo) setHistory(afterRedo(latestHistory.current, undo))
      }),
    [queue, save, setHistory],
  )

  const setOverride = useCallback(
    (rule: string, subject: string, reason: string | null) =>
      queue(async () => {
        const result = await send({ kind: 'override', rule, subject, reason })
        if (!result.ok) setProblem(result.error)
        return result.ok
      }),
    [send, queue],
  )

  /**
   * A change to the block itself (its status, its weeks), saved in the queue after every edit
   * before it, on the revision the last save left: a coach's own steps never conflict. Resolves
   * with the refusal, or the block as saved.
   */
  const changeBlock = useCallback(
    (write: BlockWrite) =>
      queue(async (): Promise<Result<Block>> => {
        const result = await send(write)
        return result.ok ? { ok: true, value: latestBlock.current! } : result
      }),
    [queue, send],
  )

  const setStatus = useCallback(
    (status: Block['status']) => changeBlock({ kind: 'status', status }),
    [changeBlock],
  )

  const updateWeeks = useCallback(
    (weeks: Block['weeks']) => changeBlock({ kind: 'weeks', weeks }),
    [changeBlock],
  )

  return {
    block,
    client,
    analysis,
    problem,
    saving,
    pending,
    canUndo: history.past.length > 0,
    canRedo: history.future.length > 0,
    undoLabel: history.past.at(-1)?.label,
    redoLabel: history.future[0]?.label,
    apply,
    undo,
    redo,
    setOverride,
    dismissProblem: () => setProblem(null),
    reload,
    reanalyse,
    follow,
    setStatus,
    updateWeeks,
  }
}
