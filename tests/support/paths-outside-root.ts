import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

/** Folders that hold no project source: installed packages, builds, test output. */
const SKIPPED_DIRS = new Set([
  'node_modules',
  'out',
  '.git',
  '.cache',
  'test-results',
  'playwright-report',
])
const SCANNED_FILES = /\.(ts|tsx|mts|mjs|js|cjs|json|md|sh|html)$|^run$/
const SKIPPED_FILES = new Set(['package-lock.json'])

/**
 * A quoted path that climbs with parent steps, and what stands before it: `from ` or `import(`
 * for a module (relative to its file), `(` for the first argument of a call such as
 * `path.resolve` or `readFileSync` (relative to the working directory, which is the repository
 * root for every npm script and test), `,` for a later argument (relative to the base before it,
 * taken to be the file's own folder, as with `import.meta.dirname`).
 */
const CLIMBING_LITERAL = /(from\s+|import\(\s*|\(\s*|,\s*)?(['"`])((?:\.\.\/)+[^'"`\s]*)\2/g
/** A climb spelled as separate path segments (a `..` segment, then a name): always suspect. */
const CLIMBING_SEGMENTS = /['"`]\.\.['"`]\s*,\s*['"`][\w.-]+['"`]/g
/** A Markdown link or code span naming a climbing path: relative to the document. */
const MARKDOWN_PATH = /[(`]((?:\.\.\/)+[^)`\s]*)[)`]/g
/** A climbing word in a command (package.json scripts, shell): relative to the root it runs in. */
const COMMAND_PATH = /(?:^|[\s"'=])((?:\.\.\/)+[\w.-][^\s"']*)/g
const COMMAND_FILES = /(\.json|\.sh|\/run)$/

export interface OutsideReference {
  file: string
  text: string
}

const isInside = (root: string, target: string) =>
  target === root || target.startsWith(root + path.sep)

/** The climbing paths in one file's text that resolve outside `root`. */
export function referencesOutsideRoot(
  root: string,
  file: string,
  text: string,
): OutsideReference[] {
  const dir = path.dirname(file)
  const rel = path.relative(root, file)
  const hits: OutsideReference[] = []
  if (file.endsWith('.md')) {
    for (const [, target] of text.matchAll(MARKDOWN_PATH)) {
      if (!isInside(root, path.resolve(dir, target!))) hits.push({ file: rel, text: target! })
    }
    return hits
  }
  if (COMMAND_FILES.test(file)) {
    for (const [, target] of text.matchAll(COMMAND_PATH)) {
      if (!isInside(root, path.resolve(root, target!))) hits.push({ file: rel, text: target! })
    }
    return hits
  }
  for (const [, before = '', , target] of text.matchAll(CLIMBING_LITERAL)) {
    const fromWorkingDir = before.startsWith('(')
    const base = fromWorkingDir ? root : dir
    if (!isInside(root, path.resolve(base, target!))) hits.push({ file: rel, text: target! })
  }
  for (const [segments] of text.matchAll(CLIMBING_SEGMENTS))
    hits.push({ file: rel, text: segments })
  return hits
}

/**
 * Every reference in the project's own files (sources, scripts, benches, tests, docs, config)
 * to a path outside `root`. A clone has nothing beside it, so each one is a test or a command
 * that works on one desk only.
 */
export function findReferencesOutsideRoot(root: string): OutsideReference[] {
  const hits: OutsideReference[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(file)
      } else if (SCANNED_FILES.test(entry.name) && !SKIPPED_FILES.has(entry.name)) {
        hits.push(...referencesOutsideRoot(root, file, readFileSync(file, 'utf8')))
      }
    }
  }
  walk(root)
  return hits
}
