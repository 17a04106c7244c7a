import { openBackend } from '../server/backend'

/** A backend on a SQLite file as the benches open one: the test host, the demo roster or empty. */
export const openBenchBackend = (dataFile: string, roster: 'demo' | 'empty') =>
  openBackend({ dataFile, host: 'test', seedDemoWhenEmpty: roster === 'demo' })
