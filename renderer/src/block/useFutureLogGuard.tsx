import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import type { Block } from '../../../shared/schemas/block.schema'
import { FutureLogConfirm } from './dialogs/FutureLogConfirm'
import { localIsoDate } from '../../../shared/plans/calendar'
import { futureDone } from './future-log'
import type { FutureDone } from './future-log'
import type { EditStep } from './sheet/edit-history'

/**
 * Every step of the block screen passes here on its way to the save queue: one that marks a future
 * session done (Log week…, the Status or actual columns, a paste) waits for the coach's answer,
 * and is dropped on a no. Returns the guarded apply (true once saved, false when the coach said
 * no) and the question to draw; `onAnswered` gives the keyboard back once it is gone.
 */
export function useFutureLogGuard(
  block: Block | null,
  apply: (step: EditStep) => Promise<void>,
  onAnswered: () => void,
): { apply: (step: EditStep) => Promise<boolean>; question: ReactNode } {
  const [asking, setAsking] = useState<{
    sessions: FutureDone[]
    answer: (yes: boolean) => void
  } | null>(null)
  const latest = useRef({ block, apply, onAnswered })
  useLayoutEffect(() => {
    latest.current = { block, apply, onAnswered }
  })
  // Where the keyboard was when the question came (Log week's button, a sheet cell).
  const askedFrom = useRef<HTMLElement | null>(null)
  useEffect(() => {
    // Once the question is gone, the keyboard goes back where it was: into the Log week dialog
    // when that asked (the sheet behind it took it, and typing there changed the block), else to
    // the sheet, whose cell may have been drawn again meanwhile.
    if (asking || !askedFrom.current) return
    const from = askedFrom.current
    askedFrom.current = null
    if (from.isConnected && from.closest('[role="dialog"]')) from.focus()
    else latest.current.onAnswered()
  }, [asking])
  const guarded = useCallback(async (step: EditStep) => {
    const { block: now, apply: save } = latest.current
    const ahead = now ? futureDone(now, step, localIsoDate(new Date())) : []
    if (ahead.length > 0) {
      askedFrom.current = (document.activeElement as HTMLElement | null) ?? document.body
      const yes = await new Promise<boolean>((answer) => setAsking({ sessions: ahead, answer }))
      setAsking(null)
      if (!yes) return false
    }
    await save(step)
    return true
  }, [])
  const question = asking && (
    <FutureLogConfirm
      sessions={asking.sessions}
      onLog={() => asking.answer(true)}
      onCancel={() => asking.answer(false)}
    />
  )
  return { apply: guarded, question }
}
