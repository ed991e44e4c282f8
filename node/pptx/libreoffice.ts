// LibreOffice Impress as a second, independent client for the PowerPoint file: the tests convert the
// file to PDF with it and read the pages (node/pptx/ writes with pptxgenjs, LibreOffice reads with
// its own import filter). Not needed to make the file. `SOFFICE_PATH` names another binary.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, delimiter, join } from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

const PPTX_EXTENSION = /\.pptx$/i

export const HOW_TO_GET_LIBREOFFICE = 'apt-get install -y --no-install-recommends libreoffice-impress (Debian/Ubuntu), or set SOFFICE_PATH'

/** The `soffice` binary: SOFFICE_PATH, else the first `soffice` on PATH; null when there is none. */
export function findSoffice(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.SOFFICE_PATH)
    return existsSync(env.SOFFICE_PATH) ? env.SOFFICE_PATH : null
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'soffice')
    if (existsSync(candidate))
      return candidate
  }
  return null
}

/**
 * Converts `file` (a .pptx) to PDF in `outDir` with headless LibreOffice and returns the PDF's path.
 * A profile of its own in a temporary folder: another LibreOffice running on the machine (another
 * user's, another test's) would otherwise take the job over, or lock the profile.
 */
export async function convertToPdf(soffice: string, file: string, outDir: string, timeoutMs = 180_000): Promise<string> {
  const profile = await mkdtemp(join(tmpdir(), 'lecture-soffice-'))
  try {
    await promisify(execFile)(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, file], { timeout: timeoutMs })
  }
  finally {
    await rm(profile, { recursive: true, force: true })
  }
  const pdf = join(outDir, basename(file).replace(PPTX_EXTENSION, '.pdf'))
  if (!existsSync(pdf))
    throw new Error(`LibreOffice wrote no ${pdf}.`)
  return pdf
}
