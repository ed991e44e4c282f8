// Writes the handout page into the built site: handout/index.html, the deck's own page one folder down
// (its addresses made to reach ../assets/), where the deck's router shows the handout
// (app/handout/Handout.vue) instead of the first slide. `npm run handout` prints this page.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { escapeHtml } from '../../app/html'
import { HANDOUT_FOLDER } from '../../data/deck'
import { lecture } from '../../data/lecture'

const RELATIVE = /(href|src)="\.\//g
const TITLE = /<title>[^<]*<\/title>/

export async function writeHandoutPage(outDir: string): Promise<string> {
  const html = await readFile(join(outDir, 'index.html'), 'utf8')
  const path = join(outDir, HANDOUT_FOLDER, 'index.html')
  await mkdir(join(outDir, HANDOUT_FOLDER), { recursive: true })
  await writeFile(path, html.replace(RELATIVE, '$1="../').replace(TITLE, `<title>${escapeHtml(lecture.title)}: handout</title>`))
  return path
}
