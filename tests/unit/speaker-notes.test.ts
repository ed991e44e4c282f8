// The speaker notes as Slidev shows them: cues set apart without their label, citations numbered as in
// the reader edition, [click] markers kept where Slidev put them. Slidev's HTML of the notes is made
// here as Slidev makes it (renderNote in @slidev/cli's node/vite/loaders.ts: each `[click]` an empty
// marker span, then markdown-it's fork markdown-exit with HTML on); the browser tests check the real one.
import type { Deck } from '../../node/deck/deck'
import MarkdownIt from 'markdown-it'
import { beforeAll, describe, expect, it } from 'vitest'
import { byId } from '../../data/ids'
import { noteBlocks, referenceNumbers } from '../../data/notes'
import { sources } from '../../data/sources'
import { lectureContext } from '../../node/deck/context'
import { readDeck } from '../../node/deck/deck'
import { CITE_CLASS, CUE_CLASS, speakerNoteHtml } from '../../node/deck/speaker-notes'

const markdown = new MarkdownIt({ html: true })
const MARKER = 'slidev-note-click-mark'

function slidevNoteHtml(note: string): string {
  let clicks = 0
  return markdown.render(note.replace(/\[click(?::(\d+))?\]/gi, (_, count = 1) => {
    clicks += Number(count)
    return `<span class="${MARKER}" data-clicks="${clicks}"></span>`
  }))
}

function view(html: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = html
  return root
}

let deck: Deck
let numbers: Map<string, number>
const notes = () => deck.slides.map(slide => slide.note)

beforeAll(async () => {
  deck = await readDeck()
  numbers = referenceNumbers(notes())
})

describe('speaker notes as Slidev shows them', () => {
  it('sets the cue of Article V apart without "Cue:" and cites the treaty by the reader edition\'s number', () => {
    const slide = deck.slides.find(s => s.title === 'Article V')!
    const root = view(speakerNoteHtml(slidevNoteHtml(slide.note), numbers))
    const cue = root.querySelector(`p.${CUE_CLASS}`)!
    expect(cue.textContent).toMatch(/^Read the article aloud; ask where an attack must take place/)
    expect(root.textContent).not.toContain('Cue:')
    expect(root.textContent).not.toContain('[@')

    const cite = root.querySelector(`.${CITE_CLASS}`)!
    // The reader edition's HTML of the same slide cites the treaty as [n, Article V].
    const edition = lectureContext(notes(), n => `#ref-${n}`).slides[slide.no - 1]!.html
    const n = numbers.get('treaty-1960')!
    expect(edition).toContain(`[${n}, Article V]`)
    expect(cite.textContent).toBe(`[${n}, Article V]`)
    expect(cite.getAttribute('title')).toBe(byId(sources, 'treaty-1960').title)
    expect(cite.closest(`.${CUE_CLASS}`)).toBeNull()
  })

  it('keeps a [click] marker at the opening of its cue, and leaves context paragraphs as they are', () => {
    const html = speakerNoteHtml(slidevNoteHtml('Cue: Six parts.\n\n[click] Cue: 1. The background.\n\n[click] The treaty [@treaty-1960].'), numbers)
    const paragraphs = [...view(html).querySelectorAll('p')]
    expect(paragraphs.map(p => p.className)).toEqual([CUE_CLASS, CUE_CLASS, ''])
    expect(paragraphs.map(p => p.textContent!.trim())).toEqual(['Six parts.', '1. The background.', `The treaty [${numbers.get('treaty-1960')}].`])
    expect(paragraphs.map(p => p.querySelector(`.${MARKER}`)?.getAttribute('data-clicks') ?? null)).toEqual([null, '1', '2'])
    // A "Cue:" inside a paragraph is text, not a cue.
    expect(speakerNoteHtml('<p>The word Cue: stays.</p>', numbers)).toBe('<p>The word Cue: stays.</p>')
  })

  it('refuses a citation the reader edition has no number for', () => {
    expect(() => speakerNoteHtml('<p>See [@treaty-1960].</p>', new Map())).toThrow(/\[@treaty-1960\].*no number/)
  })

  it('shows every slide\'s notes with no "Cue:" or "[@" left, one cue element a cue, every marker kept', () => {
    for (const slide of deck.slides) {
      const before = slidevNoteHtml(slide.note)
      const root = view(speakerNoteHtml(before, numbers))
      const blocks = noteBlocks(slide.note)
      expect(root.textContent, `slide ${slide.no}`).not.toMatch(/Cue:|\[@/)
      expect(root.querySelectorAll(`.${CUE_CLASS}`).length, `slide ${slide.no}`).toBe(blocks.filter(b => b.kind === 'cue').length)
      expect(root.querySelectorAll(`.${CITE_CLASS}`).length, `slide ${slide.no}`).toBe(blocks.reduce((sum, b) => sum + b.citations.length, 0))
      expect(root.querySelectorAll(`.${MARKER}`).length, `slide ${slide.no}`).toBe(view(before).querySelectorAll(`.${MARKER}`).length)
    }
    expect(deck.slides.some(slide => slide.note.includes('Cue:'))).toBe(true)
  })
})
