import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'

export default defineConfig({
  main: {
    build: {
      lib: { entry: resolve('electron/main.ts') },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('electron/preload.ts') },
      // CommonJS, because a sandboxed preload cannot be an ES module.
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // Minified (electron-vite leaves it off): the bundle is what the window parses at start.
      minify: true,
      rolldownOptions: { input: resolve('renderer/index.html') },
    },
  },
})
