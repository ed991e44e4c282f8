import type { Browser } from 'playwright-chromium'
// What both exports share at run time: a Chromium, the deck served by Slidev, a safe way to write the
// result, and one kind of error for "the export is wrong".
import type { FoundBrowser } from '../browser'
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
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
 * Checks, before any work, that `file` can be written: not a folder, and its nearest existing folder is
 * one where a file can really be made (a probe file, made and removed: as root every permission check
 * passes, even in /proc). Folders on the way that do not exist yet are fine: writeAtomically makes them.
 * `option` names the command-line option in the message.
 */
export async function checkOutput(file: string, option = '--output'): Promise<void> {
  const found = await stat(file).catch(() => undefined)
  if (found?.isDirectory())
    throw new UsageError(`${option} ${file} is a folder: name the file to write.`)
  await checkFolder(dirname(file), `${option} ${file}`)
}

/** Checks, before any work, that files can be made in `folder` (or in its nearest existing parent). */
export async function checkFolder(folder: string, what = folder): Promise<void> {
  let dir = folder
  for (;;) {
    const info = await stat(dir).catch(() => undefined)
    if (info) {
      if (!info.isDirectory())
        throw new UsageError(`${what} cannot be written: ${dir} is a file, not a folder.`)
      break
    }
    dir = dirname(dir)
  }
  const probe = join(dir, `.write-probe-${process.pid}-${randomBytes(4).toString('hex')}`)
  const handle = await open(probe, 'wx').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${what} cannot be written: no file can be made in ${dir} (${error.code ?? error.message}).`)
  })
  await handle.close()
  await rm(probe, { force: true })
}

/**
 * Makes `folder` and the folders on its way, one level at a time (Node's recursive mkdir never returns
 * for a path under /proc).
 */
export async function makeFolders(folder: string): Promise<void> {
  const missing: string[] = []
  for (let dir = folder; !(await stat(dir).catch(() => undefined)); dir = dirname(dir)) {
    if (dirname(dir) === dir)
      break
    missing.unshift(dir)
  }
  for (const dir of missing)
    await mkdir(dir).catch((error: NodeJS.ErrnoException) => error.code === 'EEXIST' ? undefined : Promise.reject(error))
}

/**
 * Writes `bytes` to `file` through a temporary file in the same folder and a rename, so the final name
 * only ever holds a complete file. Makes the folders on the way.
 */
export async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  await makeFolders(dirname(file))
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
