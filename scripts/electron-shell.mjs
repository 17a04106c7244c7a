import { spawnSync } from 'node:child_process'
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * The Electron binary, fetching it on first use as Electron itself would. Returns the path, or
 * the reason the desktop shell cannot run here (no binary and no way to fetch it, no display).
 */
export function findElectron(root) {
  const pkgDir = path.join(root, 'node_modules/electron')
  if (!existsSync(pkgDir)) return { reason: 'is not installed (node_modules/electron is missing)' }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { reason: 'cannot open a window here (no display)' }
  }
  const binary = () => {
    const pathFile = path.join(pkgDir, 'path.txt')
    if (!existsSync(pathFile)) return null
    const file = path.join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
    return existsSync(file) ? file : null
  }
  if (binary()) return { binary: binary(), version: electronVersion(pkgDir) }
  console.log('Fetching the Electron desktop shell (first launch only)…')
  const fetched = spawnSync(process.execPath, [path.join(pkgDir, 'install.js')], {
    stdio: 'ignore',
    timeout: 5 * 60_000,
  })
  if (fetched.status !== 0 || !binary()) {
    return { reason: 'is not installed and its binary could not be fetched' }
  }
  return { binary: binary(), version: electronVersion(pkgDir) }
}

function electronVersion(pkgDir) {
  return JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version
}

/**
 * Puts a better-sqlite3 built for this Electron's ABI under out/native/, leaving the Node build
 * in node_modules untouched (the browser host, the CLI and the tests keep using it). Tries the
 * project's prebuilt binary first, then compiling against Electron's headers.
 */
export function prepareElectronSqlite(root, version) {
  const target = path.join(root, 'out/native', `electron-${version}`, 'better_sqlite3.node')
  if (existsSync(target)) return { ok: true }
  console.log(`Preparing the database driver for Electron ${version} (first launch only)…`)
  const work = mkdtempSync(path.join(os.tmpdir(), 'blockwise-native-'))
  try {
    const moduleDir = path.join(work, 'better-sqlite3')
    cpSync(path.join(root, 'node_modules/better-sqlite3'), moduleDir, { recursive: true })
    rmSync(path.join(moduleDir, 'build'), { recursive: true, force: true })
    const attempts = [
      [
        path.join(root, 'node_modules/prebuild-install/bin.js'),
        '--runtime',
        'electron',
        '--target',
        version,
        '--arch',
        process.arch,
      ],
      [
        path.join(root, 'node_modules/.bin/node-gyp'),
        'rebuild',
        `--target=${version}`,
        '--dist-url=https://electronjs.org/headers',
      ],
    ]
    for (const [script, ...args] of attempts) {
      if (!existsSync(script)) continue
      const run = spawnSync(
        script.endsWith('.js') ? process.execPath : script,
        script.endsWith('.js') ? [script, ...args] : args,
        {
          cwd: moduleDir,
          stdio: 'ignore',
          timeout: 5 * 60_000,
        },
      )
      const built = path.join(moduleDir, 'build/Release/better_sqlite3.node')
      if (run.status === 0 && existsSync(built)) {
        mkdirSync(path.dirname(target), { recursive: true })
        copyFileSync(built, target)
        return { ok: true }
      }
    }
    return {
      ok: false,
      reason: `has no database driver built for it (Electron ${version} headers could not be fetched)`,
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
