import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { openBackend } from '../../../server/backend'
import { dialogFolders } from '../../../server/folder-access'
import { tempDir } from '../../support/temp-files'

describe('handout folders in the desktop app (chosen in its own dialog, named by a handle)', () => {
  async function desktopBackend(dialogAnswer: string | null) {
    const dataFile = path.join(tempDir(), 'blockwise.db')
    const backend = await openBackend({
      dataFile,
      host: 'test',
      seedDemoWhenEmpty: true,
      checkOutputs: true,
      folders: dialogFolders(path.join(path.dirname(dataFile), 'handouts'), () =>
        Promise.resolve(dialogAnswer),
      ),
    })
    const clients = await backend.dispatch('clients.list', {})
    const client = (clients.ok ? (clients.value as { id: string; name: string }[]) : []).find(
      (c) => c.name === 'Олександр Коваленко',
    )!
    return { backend, client }
  }

  it('a folder the page names by its path is refused; the one chosen in the dialog is used', async () => {
    const chosen = tempDir()
    const { backend, client } = await desktopBackend(chosen)
    const elsewhere = tempDir()
    const typed = await backend.dispatch('handouts.export', {
      clientId: client.id,
      folder: elsewhere,
    })
    expect(typed).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'folder', message: 'Choose the folder with “Choose folder…”.' }] },
    })
    expect(readdirSync(elsewhere)).toEqual([])
    const picked = await backend.dispatch('handouts.chooseFolder', {})
    expect(picked.ok && picked.value).toMatchObject({ chosen: { label: chosen } })
    const handle = picked.ok ? (picked.value as { chosen: { folder: string } }).chosen.folder : ''
    expect(handle).not.toContain(chosen)
    const written = await backend.dispatch('handouts.export', {
      clientId: client.id,
      folder: handle,
    })
    expect(written.ok).toBe(true)
    expect(readdirSync(chosen)).toHaveLength(1)
    await backend.close()
  })

  it('the default folder has a handle from the start, shown with its path', async () => {
    const { backend, client } = await desktopBackend(null)
    const info = await backend.dispatch('app.info', {})
    const value = info.ok
      ? (info.value as {
          handoutsFolder: string
          handoutsFolderLabel: string
          folderChoice: string
        })
      : null
    expect(value?.folderChoice).toBe('dialog')
    expect(value?.handoutsFolderLabel).toMatch(/handouts$/)
    const written = await backend.dispatch('handouts.export', {
      clientId: client.id,
      folder: value!.handoutsFolder,
    })
    expect(written.ok).toBe(true)
    // A cancelled dialog chooses nothing.
    expect(await backend.dispatch('handouts.chooseFolder', {})).toEqual({
      ok: true,
      value: { chosen: null },
    })
    await backend.close()
  })
})
