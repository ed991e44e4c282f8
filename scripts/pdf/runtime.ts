import type { Browser } from 'playwright-chromium'
// What both exports share at run time: a Chromium, the deck served by Slidev, a safe way to write the
// result, and one kind of error for "the export is wrong".
import type { FoundBrowser } from '../browser'
import { randomBytes } from 'node:crypto'
import { constants } from 'node:fs'
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import process from 'node:process'
import { Worker } from 'node:worker_threads'
import { UsageError } from '../args'
import { findBrowser, launchArgs } from '../browser'
import { playwright } from '../cjs'

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
  return playwright().chromium.launch({ executablePath: found.path, args: launchArgs() })
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
 * Checks, before any work, that `file` can be written: not a folder, and its nearest existing folder is a
 * folder we may write in. Folders on the way that do not exist yet are fine: writeAtomically makes them.
 */
export async function checkOutput(file: string): Promise<void> {
  const found = await stat(file).catch(() => undefined)
  if (found?.isDirectory())
    throw new UsageError(`--output ${file} is a folder: name the PDF file to write.`)
  let dir = dirname(file)
  for (;;) {
    const info = await stat(dir).catch(() => undefined)
    if (info) {
      if (!info.isDirectory())
        throw new UsageError(`--output ${file} cannot be written: ${dir} is a file, not a folder.`)
      break
    }
    dir = dirname(dir)
  }
  await access(dir, constants.W_OK).catch(() => {
    throw new UsageError(`--output ${file} cannot be written: no permission to write in ${dir}.`)
  })
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so the final name
 * only ever holds a complete file. Makes the folders on the way.
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
