// Builds the deck once before the browser tests, so that they test what `npm run build` ships.
import { execFileSync } from 'node:child_process'

export default function setup(): void {
  execFileSync('npx', ['slidev', 'build', '--out', 'dist'], { stdio: ['ignore', 'ignore', 'inherit'] })
}
