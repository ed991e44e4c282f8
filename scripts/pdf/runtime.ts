import type { Browser } from 'playwright-chromium'
// What both exports share at run time: a Chromium, the deck served by Slidev, a safe way to write the
// result, and one kind of error for "the export is wrong".
import type { FoundBrowser } from '../browser'
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import process from 'node:process'
import { Worker } from 'node:worker_threads'
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

/** The browser to use; throws BrowserNotFoundError (with how to get one) when there is none. */
export async function locateChromium(options: BrowserOptions = {}): Promise<FoundBrowser> {
  return (options.findBrowser ?? (() => findBrowser(options.env ?? process.env)))()
}

export async function launchChromium(options: BrowserOptions | FoundBrowser = {}): Promise<Browser> {
  const found = 'path' in options ? options : await locateChromium(options)
  return chromium.launch({ executablePath: found.path, args: launchArgs() })
}

export interface SlidevServer {
  /** Base address, ending in `/`. */
  url: string
  close: () => Promise<void>
}

/** Serves the deck as `slidev export` does (its own Vite server in export mode), on a free port. */
export async function startSlidev(entry: string): Promise<SlidevServer> {
  const worker = new Worker(new URL('./slidev-worker.mjs', import.meta.url), { execArgv: [], workerData: { entry } })
  const next = (): Promise<{ url?: string, error?: string, closed?: boolean }> => new Promise((resolve, reject) => {
    const onExit = (code: number): void => reject(new Error(`The Slidev server stopped (exit code ${code}).`))
    worker.once('exit', onExit)
    worker.once('error', reject)
    worker.once('message', (message) => {
      worker.off('exit', onExit)
      worker.off('error', reject)
      resolve(message)
    })
  })
  const started = await next()
  if (!started.url) {
    await worker.terminate()
    throw new Error(`Slidev could not serve ${entry}:\n${started.error ?? 'no reason given'}`)
  }
  return {
    url: started.url,
    close: async () => {
      const closed = next().catch(() => ({}))
      worker.postMessage('close')
      await closed
      await worker.terminate()
    },
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
