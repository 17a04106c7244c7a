import { Dialog } from '../../dialogs/Dialog'
import { SHEET_KEYS } from '../sheet/sheet-help'

/** The sheet's keys in a dialog; Escape or Close returns to the sheet. */
export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard" onClose={onClose}>
      <table className="key-help">
        <tbody>
          {SHEET_KEYS.map(([keys, what]) => (
            <tr key={keys}>
              <th scope="row">{keys}</th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onClose}>
          Close
        </button>
      </div>
    </Dialog>
  )
}
