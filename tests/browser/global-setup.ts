// Runs `npm run build` once before the browser tests (the site and the PDFs printed from it), so that
// they test what it ships.
import { execFileSync } from 'node:child_process'

export default function setup(): void {
  execFileSync('npx', ['tsx', 'scripts/build.ts', '--out', 'dist'], { stdio: ['ignore', 'ignore', 'inherit'] })
}
