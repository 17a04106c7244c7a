import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The checkout's root: the nearest folder above this module holding package.json. Walking up
 * (rather than a fixed `..`) finds it from the sources (server/), from the app build (out/main)
 * and from a benchmark bundle (out/bench) alike.
 */
function findProjectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir
    if (path.dirname(dir) === dir) return path.resolve(from, '..')
  }
}

export const PROJECT_ROOT = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)))

/** The built renderer that both hosts serve (`npm run build` writes it). */
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer')

/** Fonts embedded in handouts: DejaVu Sans covers Latin, Greek and Cyrillic names. */
export const FONTS_DIR = path.join(PROJECT_ROOT, 'assets', 'fonts')
