import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/** Every .ts/.tsx file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) ? [full] : []
  })
}

/**
 * The import cycles among the files under `dir`, each as the files on it (relative to `dir`),
 * type-only imports included: a cycle of types still ties two modules into one. Imports are read
 * and resolved by TypeScript itself, so every spelling of an import (export … from, import type,
 * a dynamic import) counts.
 */
export function importCycles(dir: string): string[][] {
  const files = sourceFiles(dir)
  const inside = new Set(files)
  const options: ts.CompilerOptions = { moduleResolution: ts.ModuleResolutionKind.Bundler }
  const edges = new Map<string, string[]>()
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true)
    const targets = importedFiles
      .map((i) => ts.resolveModuleName(i.fileName, file, options, ts.sys).resolvedModule)
      .map((m) => m && path.resolve(m.resolvedFileName))
      .filter((t): t is string => t !== undefined && inside.has(t))
    edges.set(file, targets)
  }
  // Depth-first search: an edge back to a file still on the path closes a cycle.
  const cycles: string[][] = []
  const done = new Set<string>()
  const onPath: string[] = []
  const visit = (file: string) => {
    onPath.push(file)
    for (const next of edges.get(file) ?? []) {
      const at = onPath.indexOf(next)
      if (at >= 0) cycles.push(onPath.slice(at).map((f) => path.relative(dir, f)))
      else if (!done.has(next)) visit(next)
    }
    onPath.pop()
    done.add(file)
  }
  for (const file of files) if (!done.has(file)) visit(file)
  return cycles
}
