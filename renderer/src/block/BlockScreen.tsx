import { useCallback, useRef, useState } from 'react'
import type { CSSProperties } from 'react'
import type { FindingView } from '../../../shared/schemas/analysis.schema'
import type { Block } from '../../../shared/schemas/block.schema'
import { localIsoDate } from '../../../shared/plans/calendar'
import type { MenuItem } from '../ui/MenuButton'
import { BalanceDialog } from './dialogs/BalanceDialog'
import { BlockBanners } from './BlockBanners'
import { BlockDialogs } from './BlockDialogs'
import type { BlockDialog } from './BlockDialogs'
import { BlockHeader } from './BlockHeader'
import { FindingsPanel } from './FindingsPanel'
import { LoadChart } from './charts/LoadChart'
import { VolumeChart } from './charts/VolumeChart'
import { FitnessChart } from './charts/FitnessChart'
import { ReadinessStrip, StripLegend, readinessCovers } from './ReadinessStrip'
import { SideSplitter } from './SideSplitter'
import { StripsScroller } from './StripsScroller'
import { Sheet } from './sheet/Sheet'
import type { SheetCommands } from './sheet/Sheet'
import type { Rejected } from './sheet/sheet-edits'
import { useBalanceProposal } from './useBalanceProposal'
import { useBlockEditor } from './useBlockEditor'
import { useLiveBlock } from '../team/useLiveBlock'
import { useBlockFigures } from './useBlockFigures'
import { useClientNumbers } from './useClientNumbers'
import { useClientReadiness } from './useClientReadiness'
import { useFutureLogGuard } from './useFutureLogGuard'
import { WeekStrip } from './WeekStrip'
import { weekOfToday } from './week-of-today'

/**
 * Puts the keyboard back on the sheet's active cell once the screen has re-rendered; with
 * `unlessPlaced`, only when a closed dialog has not given it back to the control that opened it
 * (a readiness day, "Full width"). A dialog from the Block menu gives it to the sheet, where the
 * work is, not to the menu's button.
 */
function focusSheet({ unlessPlaced = false } = {}): void {
  requestAnimationFrame(() => {
    const now = document.activeElement
    const placed = now !== null && now !== document.body && !now.matches('[aria-haspopup="menu"]')
    if (unlessPlaced && placed) return
    document
      .querySelector<HTMLElement>('[role="grid"][aria-label="Sessions"] [data-active="true"]')
      ?.focus({ preventScroll: true })
  })
}

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
  useLiveBlock(editor.block, editor)
  const numbers = useClientNumbers(editor.block?.clientId ?? null)
  const [rejected, setRejected] = useState<Rejected[]>([])
  const [focusRows, setFocusRows] = useState<{ ids: string[]; token: number } | null>(
    initialFocus.length > 0 ? { ids: initialFocus, token: 0 } : null,
  )
  const sheetCommands = useRef<SheetCommands | null>(null)
  const [selectedSessions, setSelectedSessions] = useState(1)
  // The week Copy week… starts from: the cursor's, when the menu was opened.
  const [copyFrom, setCopyFrom] = useState(0)
  // The findings and load panel can fold away, giving the sheet the whole width (a laptop screen).
  const [panelOpen, setPanelOpen] = useState(true)
  const [sideWidth, setSideWidth] = useState<number | null>(null)
  // The Log columns (Status, Actual RPE, Actual min) stay hidden until the coach logs in the sheet.
  const [showLog, setShowLog] = useState(false)
  const [dialog, setDialogState] = useState<BlockDialog | null>(null)
  /** Opens or closes a dialog; closing one gives the keyboard back to the sheet's cursor. */
  const setDialog = (next: BlockDialog | null) => {
    setDialogState(next)
    if (next === null) focusSheet({ unlessPlaced: true })
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
  const futureLog = useFutureLogGuard(block, editor.apply, () => focusSheet())
  const readiness = useClientReadiness(editor.client?.id)
  const [readinessDay, setReadinessDay] = useState(() => localIsoDate(new Date()))
  const figures = useBlockFigures(block, analysis, numbers)
  const balance = useBalanceProposal(blockId, block, editor.apply)
  const selectFinding = useCallback(
    (f: FindingView) => setFocusRows({ ids: f.sessions, token: Date.now() }),
    [],
  )
  const { setOverride } = editor
  const overrideFinding = useCallback(
    (f: FindingView, reason: string | null) => setOverride(f.rule, f.subject, reason),
    [setOverride],
  )

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
  const blockMenu: MenuItem[] = [
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
    { label: 'Balance this week', onSelect: () => void balance.propose(cursorWeek()) },
    { label: 'Balance block', onSelect: () => void balance.propose(undefined) },
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

  if (!block || readiness.entries === null) {
    return (
      <main className="app-main">
        <p className="muted">{editor.problem?.message ?? 'Loading block…'}</p>
      </main>
    )
  }
  const { proposal } = balance
  return (
    <main className="app-main block-screen">
      <BlockHeader
        editor={editor}
        block={block}
        backLabel={backLabel}
        onBack={onBack}
        onStatus={(status) => void changeStatus(status)}
        onUndo={() => void undo()}
        menu={blockMenu}
        panelOpen={panelOpen}
        onTogglePanel={() => setPanelOpen((open) => !open)}
      />
      <BlockBanners
        editor={editor}
        statusError={statusError}
        onDismissStatusError={() => setStatusError(null)}
        notice={notice}
        onDismissNotice={() => setNotice(null)}
        rejected={rejected}
        onDismissRejected={() => setRejected([])}
      />
      <div className="strips">
        <StripsScroller week={weekOfToday(block)}>
          <ReadinessStrip
            block={block}
            entries={readiness.entries}
            onOpenDay={(date) => {
              setReadinessDay(date)
              setDialog('readiness')
            }}
          />
          {analysis && <WeekStrip analysis={analysis} phases={figures.phases} />}
        </StripsScroller>
        <StripLegend readiness={readinessCovers(block, readiness.entries)} />
      </div>
      <div
        className={`block-body ${panelOpen ? '' : 'panel-closed'}`}
        style={
          sideWidth === null ? undefined : ({ '--side-width': `${sideWidth}px` } as CSSProperties)
        }
      >
        <Sheet
          rows={figures.rows}
          weekCount={block.weeks.length}
          dayStress={figures.dayStress}
          findingsBySession={figures.findingsBySession}
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
              {figures.volume && <VolumeChart volume={figures.volume} />}
            </LoadChart>
          </div>
        )}
      </div>
      <BlockDialogs
        dialog={dialog}
        onClose={() => setDialog(null)}
        block={block}
        analysis={analysis}
        editor={editor}
        numbers={numbers}
        figures={figures}
        copyFrom={copyFrom}
        readiness={{
          day: readinessDay,
          entries: readiness.entries,
          onSaved: () => {
            readiness.reload()
            void editor.reanalyse()
          },
        }}
        logApply={futureLog.apply}
        onNotice={setNotice}
        onOpenBlock={onOpenBlock}
      />
      {futureLog.question}
      {proposal && (
        <BalanceDialog
          title={proposal.title}
          week={proposal.week}
          proposal={proposal.value}
          sessions={new Map(block.sessions.map((s) => [s.id, s]))}
          onAccept={() => {
            focusSheet()
            void balance.accept()
          }}
          onReject={() => {
            balance.reject()
            focusSheet()
          }}
        />
      )}
    </main>
  )
}
