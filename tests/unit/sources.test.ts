// The source register and the notes' three kinds of text: what data/notes.ts makes of a note.
import { describe, expect, it } from 'vitest'
import { byId } from '../../data/ids'
import { noteBlocks, noteProblems, referenceNumbers, replaceCitations } from '../../data/notes'
import { sources } from '../../data/sources'

describe('the source register', () => {
  it('has unique ids, https addresses, titles and publishers', () => {
    expect(new Set(sources.map(s => s.id)).size).toBe(sources.length)
    for (const source of sources) {
      expect(new URL(source.url).protocol, source.id).toBe('https:')
      expect(source.title.trim(), source.id).not.toBe('')
      expect(source.publisher.trim(), source.id).not.toBe('')
    }
  })

  it('dates each text with a real calendar date or month', () => {
    for (const { id, date } of sources.filter(s => s.date)) {
      expect(date, id).toMatch(/^\d{4}-\d{2}(?:-\d{2})?$/)
      const parsed = new Date(`${date!.length === 7 ? `${date}-01` : date}T00:00:00Z`)
      expect(parsed.toISOString().slice(0, date!.length), id).toBe(date)
      expect(parsed.getUTCFullYear(), id).toBeGreaterThanOrEqual(1945)
    }
  })

  it('fails loudly on an unknown id', () => {
    expect(() => byId(sources, 'treaty-1952')).toThrow(/Unknown source "treaty-1952"/)
  })
})

describe('noteBlocks', () => {
  const note = 'Cue: Start the timer.\n\nThe treaty entered into force on 23 June 1960 [@treaty-1960, Article X].\n\n[click] Cue: next point.\n\n[click] Two citations [@a] and [@b, p. 3].'

  it('tells presenter cues from context, paragraph by paragraph', () => {
    expect(noteBlocks(note).map(b => [b.kind, b.click])).toEqual([['cue', false], ['context', false], ['cue', true], ['context', true]])
    expect(noteBlocks(note)[0]!.markdown).toBe('Start the timer.')
  })

  it('reads citations with and without a pinpoint', () => {
    expect(noteBlocks(note)[1]!.citations).toEqual([{ source: 'treaty-1960', at: 'Article X' }])
    expect(noteBlocks(note)[3]!.citations).toEqual([{ source: 'a' }, { source: 'b', at: 'p. 3' }])
  })
})

describe('noteProblems', () => {
  const known = new Set(['treaty-1960'])

  it('finds a number or date stated without a citation', () => {
    expect(noteProblems('The treaty entered into force in 1960.', known)).toHaveLength(1)
    expect(noteProblems('About 8,000 personnel.', known)).toHaveLength(1)
    expect(noteProblems('It entered into force in 1960 [@treaty-1960].', known)).toEqual([])
    expect(noteProblems('Cue: 1960 is on the next slide.', known)).toEqual([])
  })

  it('finds a citation of a source the register does not have', () => {
    expect(noteProblems('Words [@treaty-1961].', known)).toEqual(['cites "treaty-1961", which is not in data/sources.ts'])
  })
})

describe('citation numbers', () => {
  it('number sources by first citation across slides, and reuse a number', () => {
    const numbers = referenceNumbers(['Cue: [@z] is a cue, not cited.\n\nA [@b].', 'B [@a] and again [@b, art. 2].'])
    expect([...numbers]).toEqual([['b', 1], ['a', 2]])
    expect(replaceCitations('again [@b, art. 2]', numbers, (n, at) => `(${n}${at ? `; ${at}` : ''})`)).toBe('again (1; art. 2)')
    expect(() => replaceCitations('[@c]', numbers, n => String(n))).toThrow(/names no source/)
  })
})
