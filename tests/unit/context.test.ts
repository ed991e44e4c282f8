// The context for students (node/deck/context.ts) with other cited text of the editors' numbered after it:
// the handout's questions' explanations.
import { describe, expect, it } from 'vitest'
import { lectureContext } from '../../node/deck/context'

const notes = [
  'The treaty [@treaty-1960, Article V].\n\nCue: point at [@usfj-1960] here.',
  'The first treaty [@treaty-1951].',
]
const href = (n: number) => `#ref-${n}`

describe('lectureContext with explanations', () => {
  it('numbers the explanations\' citations after the notes\', keeping the notes\' numbers, and adds a source only they cite at the end', () => {
    const plain = lectureContext(notes, href)
    const extra = lectureContext(notes, href, [{ id: 'q', markdown: 'Signed then [@treaty-1951, preamble]; in force later [@embassy-2020].' }])
    expect(plain.references.map(r => [r.n, r.source.id])).toEqual([[1, 'treaty-1960'], [2, 'treaty-1951']])
    expect(extra.references.map(r => [r.n, r.source.id])).toEqual([[1, 'treaty-1960'], [2, 'treaty-1951'], [3, 'embassy-2020']])
    expect(extra.slides).toEqual(plain.slides)
    expect(plain.explanations).toEqual({})
    expect(extra.explanations.q).toContain('<a class="cite" href="#ref-2">[2, preamble]</a>')
    expect(extra.explanations.q).toContain('<a class="cite" href="#ref-3">[3]</a>')
  })

  it('leaves the cues\' citations out of the references, with or without explanations', () => {
    const extra = lectureContext(notes, href, [{ id: 'q', markdown: 'See [@treaty-1960].' }])
    expect(extra.references.map(r => r.source.id)).not.toContain('usfj-1960')
    expect(extra.slides.map(slide => slide.html).join('')).not.toContain('point at')
  })

  it('stops at a citation of no source, naming it', () => {
    expect(() => lectureContext(notes, href, [{ id: 'q', markdown: 'See [@no-such-source].' }])).toThrow(/no-such-source/)
  })
})
