// The baseline: a plain Markdown Slidev deck with as many slides and as much text as ours, written into
// a temporary folder. It borrows this project's node_modules entry by entry (so no install and no
// network), except Vite's cache folder, which stays the baseline's own.
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** The text of one slide of our deck as the browser shows it. */
export interface SlideText {
  title: string
  lines: string[]
}

const MARKDOWN_SPECIAL = /[\\`*_[\]#|~]/g

/** Text that Markdown and Vue's template compiler show as it is. */
export function escapeText(text: string): string {
  return text
    .replace(MARKDOWN_SPECIAL, c => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;')
}

/**
 * The baseline deck's Markdown: the default theme and its defaults, fonts from the system (a plain
 * deck offline cannot reach the web-font CDN), one slide per slide of ours with its title as a
 * heading and its other lines as a bullet list.
 */
export function baselineMarkdown(slides: SlideText[], theme = 'default'): string {
  const head = ['---', `theme: ${theme}`, 'title: Baseline', 'fonts:', '  provider: none', '---', ''].join('\n')
  const bodies = slides.map((slide) => {
    const title = `# ${escapeText(slide.title || 'Slide')}`
    const list = slide.lines.map(line => `- ${escapeText(line)}`).join('\n')
    return list ? `${title}\n\n${list}\n` : `${title}\n`
  })
  return `${head}\n${bodies.join('\n---\n\n')}`
}

/** Links every entry of `from` into `dir/node_modules`, except dot folders other than `.bin`. */
export function linkNodeModules(from: string, dir: string): void {
  const target = join(dir, 'node_modules')
  mkdirSync(target, { recursive: true })
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.') && entry !== '.bin')
      continue
    symlinkSync(join(from, entry), join(target, entry))
  }
}

export function writeBaselineDeck(dir: string, projectNodeModules: string, slides: SlideText[], theme: string): string {
  mkdirSync(dir, { recursive: true })
  linkNodeModules(projectNodeModules, dir)
  const file = join(dir, 'slides.md')
  writeFileSync(file, baselineMarkdown(slides, theme))
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`)
  return file
}
