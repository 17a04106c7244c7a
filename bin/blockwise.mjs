#!/usr/bin/env node
// The command line runs straight from the TypeScript sources, so it works right after
// `npm install` with no build step.
import { register } from 'tsx/esm/api'

register()
await import('../electron/cli/blockwise.ts')
