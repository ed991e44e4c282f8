// Writing the outputs safely: a file or folder checked before any work, folders made one level at a
// time, and a file that only ever holds complete bytes under its final name.
import { randomBytes } from 'node:crypto'
import { mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { UsageError } from './errors'

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
