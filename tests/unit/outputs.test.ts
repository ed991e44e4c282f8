// Every component slides.md uses reaches every output: the reader edition renders it, the PowerPoint
// writer lays it out. A component added to a slide but not to these lists would vanish from them.
import { describe, expect, it } from 'vitest'
import { SLIDE_COMPONENTS } from '../../app/edition/render'
import { readDeck } from '../../node/deck/deck'
import { LAYOUTS } from '../../node/pptx/layouts'

/** Slidev's own <Link> is drawn by each output itself. */
const SLIDEV_BUILTINS = new Set(['Link'])

describe('the components slides.md uses', async () => {
  const deck = await readDeck()
  const used = [...new Set(deck.slides.flatMap(slide => [...slide.content.matchAll(/<([A-Z]\w*)/g)].map(m => m[1]!)))]
    .filter(name => !SLIDEV_BUILTINS.has(name))
    .sort()

  it('are found (the test reads the deck)', () => {
    expect(used).toContain('RealignmentMap')
  })

  it('are all known to the reader edition', () => {
    expect(used.filter(name => !(name in SLIDE_COMPONENTS))).toEqual([])
  })

  it('are all known to the PowerPoint writer', () => {
    expect(used.filter(name => !(name in LAYOUTS))).toEqual([])
  })
})
