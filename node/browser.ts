// Finds a Chromium for export and the browser tests, in this order: the CHROMIUM_PATH environment
// variable, Playwright's own download, then an installed Chrome or Chromium (the headless shell first
// for printing, a full browser first for the tests that use the deck as a user would).
// scripts/browser.ts is its command line.
import type { Browser } from 'playwright-chromium'
import { existsSync } from 'node:fs'
import process from 'node:process'
import { playwright } from './cjs'
import { ReportedError } from './errors'

export interface FoundBrowser {
  path: string
  /** Where it was found, for messages. */
  source: string
}

export const ENV_VAR = 'CHROMIUM_PATH'

/**
 * Installed full browsers, best first: what the browser tests open the deck in, as a user would (the
 * headless shell, for one, refuses the screen wake lock that Slidev asks for while presenting).
 */
export const VIEWING_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
]

/**
 * What prints the PDFs: Chromium's headless shell first (Debian: chromium-headless-shell, what
 * Playwright itself uses for headless runs), which starts and prints faster than the full browser.
 */
const PRINTING_BROWSERS = ['/usr/bin/chromium-headless-shell', ...VIEWING_BROWSERS]

/** The headless shell prints the PDFs; the full browser runs the tests that open the deck as a user would. */
export const DEBIAN_PACKAGES = ['chromium-headless-shell', 'chromium']

export const HOW_TO_GET_ONE = [
  'No Chrome or Chromium was found for the export and the browser tests. Any one of these fixes it:',
  `  - set ${ENV_VAR} to the path of a Chrome or Chromium executable;`,
  `  - on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y ${DEBIAN_PACKAGES.join(' ')};`,
  '  - where the Playwright download host is reachable: npx playwright install chromium.',
].join('\n')

export class BrowserNotFoundError extends ReportedError {
  constructor(detail?: string) {
    super(detail ? `${detail}\n${HOW_TO_GET_ONE}` : HOW_TO_GET_ONE)
  }
}

async function playwrightOwn(): Promise<string | undefined> {
  try {
    const { chromium } = playwright()
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  }
  catch {
    return undefined
  }
}

/**
 * The browser to use, or a BrowserNotFoundError that says how to get one. The places looked in can be
 * replaced, for tests: the environment, the installed paths tried, and the lookup of Playwright's own.
 */
export async function findBrowser(
  env: NodeJS.ProcessEnv = process.env,
  candidates: string[] = PRINTING_BROWSERS,
  ownBrowser: () => Promise<string | undefined> = playwrightOwn,
): Promise<FoundBrowser> {
  const named = env[ENV_VAR]
  if (named) {
    if (!existsSync(named))
      throw new BrowserNotFoundError(`${ENV_VAR} is set to "${named}", but there is no file there.`)
    return { path: named, source: ENV_VAR }
  }
  const own = await ownBrowser()
  if (own)
    return { path: own, source: 'Playwright' }
  const installed = candidates.find(path => existsSync(path))
  if (installed)
    return { path: installed, source: 'installed' }
  throw new BrowserNotFoundError()
}

/**
 * Flags for headless runs: no sandbox when run as root (Chromium refuses to start otherwise), and none
 * of the background traffic that a closed network answers with refused connections.
 */
export function launchArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--font-render-hinting=none',
  ]
  if (process.getuid?.() === 0)
    args.push('--no-sandbox')
  return args
}
export interface BrowserOptions {
  /** Environment to look for CHROMIUM_PATH in (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** How to find a browser; tests pass one that finds none. */
  findBrowser?: () => Promise<FoundBrowser>
}

/** The browser to use; throws BrowserNotFoundError (with how to get one) when there is none. */
export async function locateChromium(options: BrowserOptions = {}): Promise<FoundBrowser> {
  return (options.findBrowser ?? (() => findBrowser(options.env ?? process.env)))()
}

export async function launchChromium(options: BrowserOptions | FoundBrowser = {}): Promise<Browser> {
  const found = 'path' in options ? options : await locateChromium(options)
  return playwright().chromium.launch({ executablePath: found.path, args: launchArgs() })
}
