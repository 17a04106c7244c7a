import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { CSSProperties } from 'react'
import { SideSplitter } from './SideSplitter'
import { StripsScroller } from './StripsScroller'
import type { Exercise } from '../../../shared/schemas/session.schema'
import type { FindingView } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import { api } from '../api/backend'
import { DismissibleBanner } from '../ui/DismissibleBanner'
import { MenuButton } from '../ui/MenuButton'
import { counted } from '../ui/count-words-model'
import { BalanceDialog } from './dialogs/BalanceDialog'
import { KeyboardHelp } from './dialogs/KeyboardHelp'

/**
 * The block's week holding today on the coach's own calendar (the first or last when today is
 * outside the block): UTC's date is a day off for a coach east or west of Greenwich near midnight.
 */
function weekOfToday(block: Block): number {
  const week = Math.floor(daysBetween(block.startDate, localIsoDate(new Date())) / 7)
  return Math.min(block.weeks.length - 1, Math.max(0, week))
}

/** Puts the keyboard back on the sheet's active cell once the screen has re-rendered. */
function focusSheet(): void {
  requestAnimationFrame(() =>
    document
      .querySelector<HTMLElement>('[role="grid"][aria-label="Sessions"] [data-active="true"]')
      ?.focus({ preventScroll: true }),
  )
}
import type { BalanceProposal } from './dialogs/BalanceDialog'
import { FindingsPanel } from './FindingsPanel'
import { LoadChart } from './charts/LoadChart'
import { ChartsDialog } from './charts/ChartsDialog'
import { VolumeChart } from './charts/VolumeChart'
import { FitnessChart } from './charts/FitnessChart'
import { blockVolume } from '../../../shared/exercises/weekly-volume'
import { Sheet } from './sheet/Sheet'
import type { SheetCommands } from './sheet/Sheet'
import { CopyWeekDialog } from './dialogs/CopyWeekDialog'
import type { Rejected } from './sheet/sheet-edits'
import { sheetRows } from './sheet/sheet-rows'
import { useBlockEditor } from './useBlockEditor'
import { useClientNumbers } from './useClientNumbers'
import { MaxesDialog } from '../clients/MaxesDialog'
import { NewBlockDialog } from './dialogs/NewBlockDialog'
import { WeeksDialog } from './dialogs/WeeksDialog'
import { ProgressionDialog } from './dialogs/ProgressionDialog'
import { SaveTemplateDialog } from './dialogs/SaveTemplateDialog'
import { InsertTemplateDialog } from './dialogs/InsertTemplateDialog'
import { LogWeekDialog } from './dialogs/LogWeekDialog'
import { ReadinessDialog } from './dialogs/ReadinessDialog'
import { ReadinessStrip, StripLegend, readinessCovers } from './ReadinessStrip'
import type { ReadinessEntry } from '../../../shared/schemas/readiness.schema'
import { daysBetween, localIsoDate } from '../../../shared/plans/calendar'
import { HandoutsDialog } from '../handouts/HandoutsDialog'
import { WeekStrip } from './WeekStrip'
import { useFutureLogGuard } from './useFutureLogGuard'

const CLASS_LABEL = { high: 'HIGH', low: 'low', rest: 'rest' } as const
const NO_STRESS = { label: '', cls: 'rest' }

/** One client's block: the sheet, its findings and the week strip, saved as the coach types. */
export function BlockScreen({
  blockId,
  initialFocus = [],
  backLabel = 'Roster',
  onBack,
  onOpenBlock,
}: {
  blockId: string
  /** Sessions to select once the block is shown (a finding opened from the roster check). */
  initialFocus?: string[]
  backLabel?: string
  onBack: () => void
  onOpenBlock: (blockId: string) => void
}) {
  const editor = useBlockEditor(blockId)
  const numbers = useClientNumbers(editor.block?.clientId ?? null)
  const [rejected, setRejected] = useState<Rejected[]>([])
  const [focusRows, setFocusRows] = useState<{ ids: string[]; token: number } | null>(
    initialFocus.length > 0 ? { ids: initialFocus, token: 0 } : null,
  )
  const sheetCommands = useRef<SheetCommands | null>(null)
  const [selectedSessions, setSelectedSessions] = useState(1)
  // The week Copy week… starts from: the cursor's, when the menu was opened.
  const [copyFrom, setCopyFrom] = useState(0)
  const [proposal, setProposal] = useState<{
    title: string
    week: number | null
    value: BalanceProposal
  } | null>(null)
  // The findings and load panel can fold away, giving the sheet the whole width (a laptop screen).
  const [panelOpen, setPanelOpen] = useState(true)
  const [sideWidth, setSideWidth] = useState<number | null>(null)
  // The Log columns (Status, Actual RPE, Actual min) stay hidden until the coach logs in the sheet.
  const [showLog, setShowLog] = useState(false)
  const [dialog, setDialogState] = useState<
    | 'weeks'
    | 'duplicate'
    | 'handout'
    | 'keys'
    | 'maxes'
    | 'progress'
    | 'template'
    | 'insert-template'
    | 'log'
    | 'readiness'
    | 'copy'
    | 'charts'
    | null
  >(null)
  /** Opens or closes a dialog; closing one gives the keyboard back to the sheet's cursor. */
  const setDialog = (next: typeof dialog) => {
    setDialogState(next)
    if (next === null) focusSheet()
  }
  const [notice, setNotice] = useState<string | null>(null)
  // A notice tells what the last step did ("… Ctrl+Z puts them back"): undone, it is no longer so.
  const { undo: undoStep } = editor
  const undo = useCallback(() => {
    setNotice(null)
    return undoStep()
  }, [undoStep])
  const [statusError, setStatusError] = useState<string | null>(null)
  const { block, analysis } = editor
  // A step marking a session done before its day asks first (Log week…, the Log columns).
  const futureLog = useFutureLogGuard(block, editor.apply, focusSheet)
  // The client's readiness reports: the strip above the weeks, and the dialog's days.
  // Null until read: the strip is drawn with the sheet, not after it (a late strip would move the
  // sheet under the coach's pointer).
  const [readiness, setReadiness] = useState<ReadinessEntry[] | null>(null)
  const [readinessDay, setReadinessDay] = useState(() => localIsoDate(new Date()))
  const [readinessVersion, setReadinessVersion] = useState(0)
  const readinessClient = editor.client?.id
  useEffect(() => {
    if (!readinessClient) return
    let current = true
    void api.readiness.list({ clientId: readinessClient }).then((r) => {
      if (current && r.ok) setReadiness(r.value)
    })
    return () => {
      current = false
    }
  }, [readinessClient, readinessVersion])
  const units = useMemo(
    () =>
      numbers.maxes
        ? { unit: numbers.maxes.loads.unit, increment: numbers.maxes.loads.increment }
        : { unit: 'kg' as const, increment: 2.5 },
    [numbers.maxes],
  )
  const loadText = useCallback((line: Exercise) => numbers.loadOf(line)?.text ?? null, [numbers])
  const volume = useMemo(
    () =>
      block &&
      blockVolume(
        block.sessions,
        block.weeks.length,
        numbers.index,
        numbers.maxOf,
        numbers.maxes?.loads.unit === 'kg' ? numbers.maxes.loads.increment : 2.5,
      ),
    [block, numbers.index, numbers.maxOf, numbers.maxes],
  )

  const rows = useMemo(() => (block ? sheetRows(block.sessions) : []), [block])
  const findingsBySession = useMemo(() => {
    const map = new Map<string, FindingView[]>()
    for (const f of analysis?.findings ?? [])
      for (const id of f.sessions) map.set(id, [...(map.get(id) ?? []), f])
    return map
  }, [analysis])
  // Built once per analysis, so the sheet (memoised) is left alone by renders that only change
  // the save status, and each row finds its day without a search.
  const stressByDay = useMemo(
    () =>
      new Map(
        (analysis?.days ?? []).map((d) => [
          `${d.week}:${d.day}`,
          { label: `${CLASS_LABEL[d.class]} ${d.stress}`, cls: d.class },
        ]),
      ),
    [analysis],
  )
  const dayStress = useCallback(
    (week: number, day: number) => stressByDay.get(`${week}:${day}`) ?? NO_STRESS,
    [stressByDay],
  )
  const phases = useMemo(
    () => (block?.weeks ?? []).map((w) => (w.deload ? 'deload' : w.phase)),
    [block?.weeks],
  )
  const selectFinding = useCallback(
    (f: FindingView) => setFocusRows({ ids: f.sessions, token: Date.now() }),
    [],
  )
  const { setOverride } = editor
  const overrideFinding = useCallback(
    (f: FindingView, reason: string | null) => setOverride(f.rule, f.subject, reason),
    [setOverride],
  )

  async function propose(week: number | undefined) {
    const result = await api.blocks.balance(
      week === undefined ? { id: blockId } : { id: blockId, week },
    )
    if (result.ok) {
      setProposal({
        title: week === undefined ? 'Balance block' : `Balance week ${week + 1}`,
        week: week ?? null,
        value: result.value,
      })
    }
  }

  /** Accepting a proposal is one step: every move in one save, undone together. */
  async function accept() {
    if (!proposal || !block) return
    const byId = new Map(block.sessions.map((s) => [s.id, s]))
    const moves = proposal.value.moves.filter((m) => byId.has(m.sessionId))
    setProposal(null)
    focusSheet()
    await editor.apply({
      label: 'balance',
      redo: moves.map((m) => ({
        op: 'update',
        id: m.sessionId,
        changes: { day: m.to.day, start: m.to.start },
      })),
    })
  }

  /** Draft, active (one per client) or done; refused with the reason when another block is active. */
  async function changeStatus(status: Block['status']) {
    if (!block) return
    const result = await editor.setStatus(status)
    if (result.ok) setNotice(`${block.name} is now ${status}.`)
    else setStatusError(result.error.message)
  }

  const cursorWeek = () => sheetCommands.current?.cursorWeek() ?? 0
  const deleteWords = selectedSessions > 1 ? `Delete ${selectedSessions} rows` : 'Delete row'
  // Everything done now and then lives in one menu, so the sheet keeps the screen's height; the
  // sheet's own actions name their keys.
  const blockMenu = [
    { label: 'Weeks…', onSelect: () => setDialog('weeks') },
    { label: 'Duplicate block…', onSelect: () => setDialog('duplicate') },
    { label: 'Save as template…', onSelect: () => setDialog('template') },
    { label: 'Insert template…', onSelect: () => setDialog('insert-template') },
    {
      label: showLog ? 'Hide log columns' : 'Show log columns',
      onSelect: () => {
        setShowLog((shown) => !shown)
        focusSheet()
      },
    },
    {
      label: 'Readiness…',
      onSelect: () => {
        setReadinessDay(localIsoDate(new Date()))
        setDialog('readiness')
      },
    },
    { label: 'Log week…', onSelect: () => setDialog('log') },
    { label: 'Balance this week', onSelect: () => void propose(cursorWeek()) },
    { label: 'Balance block', onSelect: () => void propose(undefined) },
    {
      label: 'Copy week…',
      onSelect: () => {
        setCopyFrom(cursorWeek())
        setDialog('copy')
      },
    },
    { label: 'Progress…', onSelect: () => setDialog('progress') },
    { label: 'Maxes…', onSelect: () => setDialog('maxes') },
    { label: 'Handout…', onSelect: () => setDialog('handout') },
    { label: 'Insert row (Ctrl+Enter)', onSelect: () => sheetCommands.current?.insertRow() },
    { label: `${deleteWords} (Ctrl+−)`, onSelect: () => sheetCommands.current?.deleteRows() },
    { label: 'Keys (F1)', onSelect: () => setDialog('keys') },
  ]

  if (!block || readiness === null) {
    return (
      <main className="app-main">
        <p className="muted">{editor.problem?.message ?? 'Loading block…'}</p>
      </main>
    )
  }
  return (
    <main className="app-main block-screen">
      <header className="block-header">
        <button type="button" className="button-quiet" onClick={onBack}>
          ← {backLabel}
        </button>
        <h2>
          {editor.client?.name ?? ''} · {block.name}
        </h2>
        <span className="muted block-dates">
          from {block.startDate}, {block.weeks.length} weeks
        </span>
        <label className="inline-label">
          Status
          <select
            value={block.status}
            onChange={(e) => void changeStatus(e.target.value as Block['status'])}
          >
            <option value="draft">draft</option>
            <option value="active">active</option>
            <option value="done">done</option>
          </select>
        </label>
        <div className="toolbar-buttons" role="toolbar" aria-label="Edit">
          {/* The buttons keep one width: naming the step in their text ("Undo edit Minutes") re-wrapped
              the header on every save and moved the sheet under the coach's pointer. The step is in
              their accessible name and tooltip instead. */}
          <button
            type="button"
            disabled={!editor.canUndo || editor.saving}
            aria-label={editor.undoLabel ? `Undo ${editor.undoLabel}` : 'Undo'}
            title={editor.undoLabel ? `Undo ${editor.undoLabel} (Ctrl+Z)` : 'Nothing to undo'}
            onClick={() => void undo()}
          >
            Undo
          </button>
          <button
            type="button"
            disabled={!editor.canRedo || editor.saving}
            aria-label={editor.redoLabel ? `Redo ${editor.redoLabel}` : 'Redo'}
            title={editor.redoLabel ? `Redo ${editor.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo'}
            onClick={() => void editor.redo()}
          >
            Redo
          </button>
          <MenuButton label="Block" items={blockMenu} shortcut={{ alt: true, key: 'b' }} />
          <button
            type="button"
            aria-expanded={panelOpen}
            aria-controls="block-side"
            onClick={() => setPanelOpen((open) => !open)}
          >
            {panelOpen ? 'Hide findings' : 'Show findings'}
          </button>
        </div>
        <span role="status" className="save-state" aria-busy={editor.pending}>
          {editor.saving ? 'Saving…' : editor.problem ? 'Not saved' : 'All changes saved'}
        </span>
      </header>
      {editor.problem && (
        <DismissibleBanner tone="error" onDismiss={editor.dismissProblem}>
          Not saved: {editor.problem.message}
          {editor.problem.code === 'conflict' && (
            <>
              {' '}
              <button type="button" className="button-small" onClick={() => void editor.reload()}>
                Reload block
              </button>
            </>
          )}
        </DismissibleBanner>
      )}
      {statusError && (
        <DismissibleBanner tone="error" onDismiss={() => setStatusError(null)}>
          {statusError}
        </DismissibleBanner>
      )}
      {notice && (
        <DismissibleBanner tone="info" onDismiss={() => setNotice(null)}>
          {notice}
        </DismissibleBanner>
      )}
      {rejected.length > 0 && (
        <DismissibleBanner
          tone="error"
          className="rejected-cells"
          onDismiss={() => setRejected([])}
        >
          {rejected.length === 1 ? 'One value was' : `${rejected.length} values were`} not taken:
          <ul>
            {rejected.slice(0, 12).map((r, i) => (
              <li key={i}>
                {r.where}, {r.column} “{r.text}”: {r.message}
              </li>
            ))}
          </ul>
        </DismissibleBanner>
      )}
      <div className="strips">
        <StripsScroller week={weekOfToday(block)}>
          <ReadinessStrip
            block={block}
            entries={readiness}
            onOpenDay={(date) => {
              setReadinessDay(date)
              setDialog('readiness')
            }}
          />
          {analysis && <WeekStrip analysis={analysis} phases={phases} />}
        </StripsScroller>
        <StripLegend readiness={readinessCovers(block, readiness)} />
      </div>
      <div
        className={`block-body ${panelOpen ? '' : 'panel-closed'}`}
        style={
          sideWidth === null ? undefined : ({ '--side-width': `${sideWidth}px` } as CSSProperties)
        }
      >
        <Sheet
          rows={rows}
          weekCount={block.weeks.length}
          dayStress={dayStress}
          findingsBySession={findingsBySession}
          focusRows={focusRows}
          apply={futureLog.apply}
          undo={undo}
          redo={editor.redo}
          onRejected={setRejected}
          onNotice={setNotice}
          newId={() => crypto.randomUUID()}
          onHelp={() => setDialog('keys')}
          lineLoad={numbers.loadOf}
          runPace={numbers.paceOf}
          loadUnit={numbers.maxes?.loads.unit}
          library={numbers.index}
          showLog={showLog}
          commands={sheetCommands}
          onSelectedSessions={setSelectedSessions}
        />
        {analysis && panelOpen && <SideSplitter width={sideWidth} onWidth={setSideWidth} />}
        {analysis && panelOpen && (
          <div className="block-side" id="block-side">
            {/* Findings first: they are what the coach acts on; the load panel gives way and scrolls. */}
            <FindingsPanel
              findings={analysis.findings}
              weekCount={block.weeks.length}
              notEvaluated={analysis.notEvaluated}
              onSelect={selectFinding}
              onOverride={overrideFinding}
            />
            <LoadChart analysis={analysis} onOpenFull={() => setDialog('charts')}>
              <FitnessChart blockId={block.id} analysis={analysis} />
              {volume && <VolumeChart volume={volume} />}
            </LoadChart>
          </div>
        )}
      </div>
      {dialog === 'keys' && <KeyboardHelp onClose={() => setDialog(null)} />}
      {dialog === 'charts' && analysis && (
        <ChartsDialog
          blockId={block.id}
          title={`${editor.client?.name ?? ''} · ${block.name}`}
          analysis={analysis}
          volume={volume}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'copy' && (
        <CopyWeekDialog
          block={block}
          from={copyFrom}
          units={units}
          apply={editor.apply}
          onCopied={setNotice}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'maxes' && editor.client && (
        <MaxesDialog
          clientId={editor.client.id}
          clientName={editor.client.name}
          lifts={numbers.library.filter((e) => e.modality === 'strength').map((e) => e.name)}
          onClose={() => {
            // The sheet's loads follow the maxes just changed.
            numbers.reload()
            setDialog(null)
          }}
        />
      )}
      {dialog === 'weeks' && (
        <WeeksDialog
          block={block}
          save={editor.updateWeeks}
          onClose={() => setDialog(null)}
          onSaved={() => setDialog(null)}
        />
      )}
      {dialog === 'handout' && editor.client && (
        <HandoutsDialog
          clients={[
            {
              id: editor.client.id,
              name: editor.client.name,
              blockId: block.id,
              weekCount: block.weeks.length,
            },
          ]}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'progress' && (
        <ProgressionDialog
          block={block}
          library={numbers.index}
          maxOf={numbers.maxOf}
          units={units}
          loadText={loadText}
          apply={async (step) => {
            await editor.apply(step)
            setNotice(
              `Applied the ${step.label}: ${counted(step.redo.length, 'session')}. Undo reverts it.`,
            )
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'readiness' && editor.client && (
        <ReadinessDialog
          clientId={editor.client.id}
          clientName={editor.client.name}
          date={readinessDay}
          entries={readiness}
          onSaved={() => {
            setReadinessVersion((v) => v + 1)
            void editor.reanalyse()
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'log' && (
        <LogWeekDialog
          block={block}
          week={weekOfToday(block)}
          apply={async (step) => {
            const saved = await futureLog.apply(step)
            if (saved) setNotice(`Logged ${counted(step.redo.length, 'session')}. Undo reverts it.`)
            return saved
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'insert-template' && (
        <InsertTemplateDialog
          block={block}
          apply={async (step) => {
            await editor.apply(step)
            setNotice(
              `Inserted the template: ${counted(step.redo.length, 'change')}. Undo reverts it.`,
            )
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'template' && editor.client && (
        <SaveTemplateDialog
          block={block}
          owner={{
            name: editor.client.name,
            maxOf: numbers.maxOf,
            units,
            library: numbers.index,
          }}
          onClose={() => setDialog(null)}
          onSaved={(name) => {
            setDialog(null)
            setNotice(`Saved “${name}” as a template (Templates).`)
          }}
        />
      )}
      {dialog === 'duplicate' && (
        <NewBlockDialog
          source={{ kind: 'duplicate', block }}
          onClose={() => setDialog(null)}
          onCreated={(id) => {
            setDialog(null)
            onOpenBlock(id)
          }}
        />
      )}
      {futureLog.question}
      {proposal && (
        <BalanceDialog
          title={proposal.title}
          week={proposal.week}
          proposal={proposal.value}
          sessions={new Map(block.sessions.map((s) => [s.id, s]))}
          onAccept={() => void accept()}
          onReject={() => {
            setProposal(null)
            focusSheet()
          }}
        />
      )}
    </main>
  )
}
