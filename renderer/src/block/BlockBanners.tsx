import { DismissibleBanner } from '../ui/DismissibleBanner'
import type { Rejected } from './sheet/sheet-edits'
import type { useBlockEditor } from './useBlockEditor'

/**
 * What the block screen has to say above the sheet, each until dismissed: a save that failed (with
 * Reload when someone else changed the block), a refused status, a notice, the values not taken.
 */
export function BlockBanners(props: {
  editor: ReturnType<typeof useBlockEditor>
  statusError: string | null
  onDismissStatusError: () => void
  notice: string | null
  onDismissNotice: () => void
  rejected: readonly Rejected[]
  onDismissRejected: () => void
}) {
  const { editor, statusError, notice, rejected } = props
  return (
    <>
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
        <DismissibleBanner tone="error" onDismiss={props.onDismissStatusError}>
          {statusError}
        </DismissibleBanner>
      )}
      {notice && (
        <DismissibleBanner tone="info" onDismiss={props.onDismissNotice}>
          {notice}
        </DismissibleBanner>
      )}
      {rejected.length > 0 && (
        <DismissibleBanner
          tone="error"
          className="rejected-cells"
          onDismiss={props.onDismissRejected}
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
    </>
  )
}
