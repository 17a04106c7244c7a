#!/usr/bin/env node
// The command line runs from a bundle of its TypeScript sources, built here on the first call
// and again whenever a source is newer, so it works right after `npm install` and starts at once.
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { ensureCliBuild } from '../scripts/cli-build.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
await import(pathToFileURL(await ensureCliBuild(root)).href)
