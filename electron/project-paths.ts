import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The checkout's root, found from this file's place (electron/project-paths.ts). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The built renderer that both hosts serve (`npm run build` writes it). */
export const RENDERER_DIR = path.join(PROJECT_ROOT, 'out', 'renderer')

/** Fonts embedded in handouts: DejaVu Sans covers Latin, Greek and Cyrillic names. */
export const FONTS_DIR = path.join(PROJECT_ROOT, 'assets', 'fonts')
