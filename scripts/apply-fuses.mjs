// npm run package:fuses -- PATH_TO_ELECTRON_BINARY: flips the fuses of electron/fuses.ts in the
// Electron binary a packaging step is about to ship. Every fuse is set explicitly, so a fuse
// added by a newer Electron fails here instead of keeping its default silently.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { FuseV1Options, FuseVersion, flipFuses } from '@electron/fuses'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const binary = process.argv[2]
if (!binary) {
  console.error('Usage: npm run package:fuses -- PATH_TO_ELECTRON_BINARY')
  process.exit(2)
}
// The fuse table is TypeScript; esbuild (through the CLI's bundler) is already a dependency.
const { build } = await import('esbuild')
const bundled = await build({
  entryPoints: [path.join(root, 'electron/fuses.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  platform: 'node',
})
const { BLOCKWISE_FUSES } = await import(
  `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`
)
await flipFuses(binary, {
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  ...Object.fromEntries(
    Object.entries(BLOCKWISE_FUSES).map(([name, value]) => [FuseV1Options[name], value]),
  ),
})
console.log(`Fuses set on ${binary}.`)
