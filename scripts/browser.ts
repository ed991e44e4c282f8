// `node --import tsx scripts/browser.ts [--ensure]` (run by `npm run test:browser`): prints the two browsers
// found (one prints, one opens the deck); `--ensure` installs Debian's Chromium and its headless shell
// when either is missing and the machine can (root with apt-get), and otherwise exits 1 with instructions.

import type { FoundBrowser } from '../node/browser'
import { execFileSync, spawnSync } from 'node:child_process'
import process from 'node:process'
import { BrowserNotFoundError, DEBIAN_PACKAGES, findBrowser, VIEWING_BROWSERS } from '../node/browser'

function installDebianChromium(): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0)
    return false
  if (spawnSync('which', ['apt-get']).status !== 0)
    return false
  console.log(`No browser found: installing Debian's ${DEBIAN_PACKAGES.join(' and ')} (apt-get install -y ${DEBIAN_PACKAGES.join(' ')}) ...`)
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', ...DEBIAN_PACKAGES], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    return true
  }
  catch {
    return false
  }
}

async function main(): Promise<void> {
  const ensure = process.argv.includes('--ensure')
  // Both are needed: one that prints, and a full browser for the tests that use the deck.
  const both = (): Promise<FoundBrowser[]> => Promise.all([findBrowser(), findBrowser(process.env, VIEWING_BROWSERS)])
  let found: FoundBrowser[]
  try {
    found = await both()
  }
  catch (error) {
    if (!(error instanceof BrowserNotFoundError) || !ensure || !installDebianChromium()) {
      console.error((error as Error).message)
      process.exit(1)
    }
    found = await both()
  }
  const [printing, viewing] = found
  console.log(`Browser for the PDFs (${printing!.source}): ${printing!.path}`)
  console.log(`Browser for the deck (${viewing!.source}): ${viewing!.path}`)
}

await main()
