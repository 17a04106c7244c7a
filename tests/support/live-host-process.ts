// A running browser host in its own process, as a coach leaves it open: the real backend on
// a real SQLite file (demo roster), served by the real host on 127.0.0.1. It prints
// "listening PORT TOKEN" and runs until it is sent SIGTERM.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startBrowserHost } from '../../hosts/browser/server'
import { openBackend } from '../../server/backend'

const [dataFile = '', token = 'live-host-token-0123456789'] = process.argv.slice(2)
const rendererDir = mkdtempSync(path.join(os.tmpdir(), 'blockwise-renderer-'))
writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Blockwise</title>')
const backend = await openBackend({ dataFile, host: 'browser', seedDemoWhenEmpty: true })
const host = await startBrowserHost({ dispatch: backend.dispatch, rendererDir, token, port: 0 })
process.stdout.write(`listening ${host.port} ${token}\n`)
process.once('SIGTERM', () => {
  void host
    .close()
    .then(() => backend.close())
    .finally(() => process.exit(0))
})
