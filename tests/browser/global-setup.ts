// Runs `npm run build` once before the browser tests (the site and the PDFs printed from it), so that
// they test what it ships. When it fails, the tests stop with the build's own message.
import { spawnSync } from 'node:child_process'
import process from 'node:process'

/** Runs `npm run build` with `args`; throws with what the build said when it fails. */
export function build(args: string[] = ['--out', 'dist']): void {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] })
  if (run.status !== 0)
    throw new Error(`npm run build failed, so no browser test can run:\n${(run.stderr || run.error?.message || `exit code ${run.status}`).trim()}`)
}

export default function setup(): void {
  build()
}
