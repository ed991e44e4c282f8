// Helpers for the static-site tests (site, a11y, reader, search): axe-core in the page, the requests
// that left the local server, the lecture's source lines, and speaker notes (context, cues) as plain text.
import type { AxeResults, Result } from 'axe-core'
import type { Page } from 'playwright-chromium'
import type { NoteKind } from '../../data/notes'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import { CITATION, noteBlocks } from '../../data/notes'
import { PROJECT_ROOT as ROOT } from '../../node/deck/deck'

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js')

/** axe-core's violations for the page as it is now: every rule axe runs by default (WCAG 2.x A/AA and best practices). */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!await page.evaluate(() => 'axe' in window))
    await page.addScriptTag({ path: AXE_SCRIPT })
  // axe reads colours as they are at that moment: an element half-way through a fade (Slidev's
  // navigation bar appearing) measures as low contrast. Let running transitions finish first.
  await page.evaluate(() => Promise.all(document.getAnimations()
    .filter(animation => animation.effect?.getComputedTiming().iterations !== Infinity)
    .map(animation => animation.finished.catch(() => undefined))))
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }
    return axe.run(document, { resultTypes: ['violations'] })
  })
  return results.violations
}

/** One line per violated rule and element, for readable test failures. */
export function describeViolations(violations: Result[]): string[] {
  return violations.flatMap(v => v.nodes.map(node => `${v.id}: ${node.target.join(' ')} (${node.failureSummary?.split('\n')[1]?.trim() ?? v.help})`))
}

/** Requests to any place but the local server's base URL (data: and blob: URLs stay in the page). */
export function outsideRequests(requests: string[], base: string): string[] {
  return requests.filter(url => !url.startsWith(base) && !url.startsWith('data:') && !url.startsWith('blob:'))
}

const CLICK_MARKER = /\[click(?::\d+)?\]/g
const LINK = /\[([^\]]*)\]\([^)]*\)/g
const EMPHASIS = /[*_`]+/g
const LIST_MARK = /^\s*(?:[-+*]|\d+\.)\s+/
const HEADING_MARK = /^\s*#+\s+/
const SPACES = /\s+/g
const HARD_BREAK = / {2}\n/g
const SPACE_BEFORE_STOP = / \./g
const COMMA_IN_DATE = /^(\d{1,2} [A-Z][a-z]+), (\d{4})$/
const SINGLE_QUOTES = /[\u2018\u2019]/g
const DOUBLE_QUOTES = /[\u201C\u201D]/g

/** A speaker note's paragraphs and list items as plain text, in order: Markdown marks removed. */
/** The lines of a note's paragraphs of one kind (context or cue), citations left out. */
export function noteKindLines(note: string, kind: NoteKind): string[] {
  return noteBlocks(note).filter(block => block.kind === kind).flatMap(block => noteLines(block.markdown.replace(CITATION, ' ')))
}

export function noteLines(note: string): string[] {
  return note
    .replace(CLICK_MARKER, '')
    .replace(LINK, '$1')
    .split('\n')
    .map(line => line.replace(LIST_MARK, '').replace(HEADING_MARK, '').replace(EMPHASIS, '').replace(SPACES, ' ').trim())
    .filter(Boolean)
}

/** Text compared across rendering: white space collapsed, typographic quotes made straight. */
export function squash(text: string): string {
  return text.replace(SPACES, ' ').replace(SINGLE_QUOTES, '\'').replace(DOUBLE_QUOTES, '"').trim()
}

/**
 * The lines of the original lecture (tests/fixtures/source.md) as a reader sees them: without Markdown
 * marks, a title joined to its date, and the two typos the deck fixes (a stray space before a full stop,
 * the comma in "15 October, 2009").
 */
export function sourceLines(): string[] {
  return readFileSync(resolve(ROOT, 'tests/fixtures/source.md'), 'utf8')
    .replace(HARD_BREAK, ' ')
    .split('\n')
    .map(line => line.replace(HEADING_MARK, '').replace(LIST_MARK, '').replaceAll('**', '').replace(SPACES, ' ').trim())
    .map(line => line.replace(SPACE_BEFORE_STOP, '.').replace(COMMA_IN_DATE, '$1 $2'))
    .filter(Boolean)
}
