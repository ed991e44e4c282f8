import type { Browser } from 'playwright-chromium'
// What both exports share at run time: a Chromium, the deck served by Slidev, a safe way to write the
// result, and one kind of error for "the export is wrong".
import type { ViteDevServer } from 'vite'
import type { FoundBrowser } from '../browser'
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import process from 'node:process'
import { chromium } from 'playwright-chromium'
import { findBrowser, launchArgs } from '../browser'

/** The export ran but its result is wrong; the message says what and where. */
export class ExportCheckError extends Error {
  constructor(what: string, readonly problems: string[]) {
    super(`${what} failed its check:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    this.name = 'ExportCheckError'
  }
}

export interface BrowserOptions {
  /** Environment to look for CHROMIUM_PATH in (default: process.env). */
  env?: NodeJS.ProcessEnv
  /** How to find a browser; tests pass one that finds none. */
  findBrowser?: () => Promise<FoundBrowser>
}

export async function launchChromium(options: BrowserOptions = {}): Promise<Browser> {
  const found = await (options.findBrowser ?? (() => findBrowser(options.env ?? process.env)))()
  return chromium.launch({ executablePath: found.path, args: launchArgs() })
}

export interface SlidevServer {
  /** Base address, ending in `/`. */
  url: string
  close: () => Promise<void>
}

/** Serves the deck as `slidev export` does (its own Vite server in export mode), on a free port. */
export async function startSlidev(entry: string): Promise<SlidevServer> {
  // Loaded here, not at the top: it takes seconds, and the handout drawn from an existing PDF needs none.
  const { createServer, resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry }, 'export')
  const server: ViteDevServer = await createServer(options, {
    server: { port: 0, host: '127.0.0.1' },
    clearScreen: false,
    logLevel: 'error',
  })
  await server.listen()
  const address = server.httpServer?.address()
  if (!address || typeof address === 'string')
    throw new Error('The Slidev server did not report its port.')
  return {
    url: `http://127.0.0.1:${address.port}/`,
    close: () => server.close(),
  }
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so the final name
 * only ever holds a complete file.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  const temp = `${file}.${randomBytes(4).toString('hex')}.partial`
  try {
    await writeFile(temp, bytes)
    await rename(temp, file)
  }
  catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}

export function elapsedSince(start: number): number {
  return Math.round(performance.now() - start)
}
