// @vitest-environment node
// The PDF exports' own logic, without a browser: which slides nest under a section in the outline, what
// pdf-lib adds to a printed PDF (document information, XMP, link descriptions, tab order), and where the
// handout page breaks its pages.
import type { PDFArray } from 'pdf-lib'
import { PDFDocument, PDFName, PDFString } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PER_PAGE, perPageFrom } from '../../app/handout/contract'
import { fillColumns, paginate, SEPARATOR_MM } from '../../app/handout/layout'
import { lecture, sections } from '../../data/lecture'
import { readDeck } from '../../node/deck/deck'
import { documentInfo, finishPdf } from '../../node/pdf/finish'
import { readPdf } from '../../node/pdf/read'
import { nestedSlides } from '../../node/pdf/slides'

const deck = await readDeck()

describe('outline levels', () => {
  it('puts the slides before the first section and the dividers at the top, the other slides under their divider', () => {
    const nested = nestedSlides(deck)
    expect(nested.slice(0, 2)).toEqual([false, false])
    deck.slides.forEach((slide, index) => {
      if (slide.opens)
        expect(nested[index], slide.title).toBe(false)
    })
    expect(nested.filter(n => !n)).toHaveLength(2 + sections.length)
  })
})

describe('reading a PDF (pdf.js in a worker thread)', () => {
  it('says so when the bytes are not a PDF, and reads the next file after that', async () => {
    await expect(readPdf(new TextEncoder().encode('not a PDF'))).rejects.toThrow(/pdf\.js could not read the PDF/)
    const one = await PDFDocument.create()
    one.addPage([300, 200])
    expect((await readPdf(await one.save())).pages).toHaveLength(1)
  })
})

describe('finishing a printed PDF', () => {
  it('adds the document information, XMP, and a description and tab order for every link, and says where each jump leads', async () => {
    const printed = await PDFDocument.create()
    const page = printed.addPage([300, 200])
    const target = printed.addPage([300, 200])
    const link = (entries: Record<string, unknown>) => printed.context.register(printed.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [0, 0, 10, 10], ...entries }))
    page.node.set(PDFName.of('Annots'), printed.context.obj([
      link({ A: { Type: 'Action', S: 'URI', URI: PDFString.of('https://www.mofa.go.jp/') } }),
      link({ Dest: PDFName.of('lecture-slide-6') }),
      link({ Dest: PDFName.of('lecture-slide-99') }),
    ]) as PDFArray)
    // As Chromium names a jump's target: /Dests in the catalog, name -> [page /XYZ left top zoom].
    printed.catalog.set(PDFName.of('Dests'), printed.context.obj({ 'lecture-slide-6': [target.ref, PDFName.of('XYZ'), 0, 200, 0] }))
    const seen: unknown[] = []
    const { pdf: bytes, links } = await finishPdf(await printed.save(), documentInfo('slides'), (target) => {
      seen.push(target)
      return target.uri ? `Opens ${target.uri}` : `Goes to ${target.name}`
    })
    expect(seen).toEqual([{ uri: 'https://www.mofa.go.jp/', name: undefined }, { uri: undefined, name: 'lecture-slide-6' }, { uri: undefined, name: 'lecture-slide-99' }])
    // The check is told where each jump leads: page 2 (index 1), and nowhere (-1) for a name /Dests lacks.
    expect(links).toEqual([[
      { uri: 'https://www.mofa.go.jp/', description: 'Opens https://www.mofa.go.jp/' },
      { toPage: 1, description: 'Goes to lecture-slide-6' },
      { toPage: -1, description: 'Goes to lecture-slide-99' },
    ], []])
    const facts = await readPdf(bytes)
    expect(facts.info).toMatchObject({ title: lecture.title, author: lecture.lecturer, language: 'en' })
    expect(facts.info.subject).toContain(lecture.institution)
    expect(facts.xmpTitle).toBe(lecture.title)
    expect(facts.displayDocTitle).toBe(true)
    expect(facts.pages[0]!.links).toEqual(links[0])
    const read = await PDFDocument.load(bytes)
    expect(read.getPage(0).node.get(PDFName.of('Tabs'))).toBe(PDFName.of('S'))
    expect(read.getKeywords()).toContain(sections[1]!.title)
  })

  it('says in the handout\'s author and subject that the context is the editors\'', () => {
    const info = documentInfo('handout')
    expect(info.author).toContain(lecture.lecturer)
    expect(info.author).toContain('editors')
    expect(info.subject).toContain('handout')
  })
})

describe('handout layout', () => {
  it('puts at most perPage blocks on a page, and only as many as fit', () => {
    expect(paginate([50, 50, 50, 50, 50], 260, 2)).toEqual([[0, 1], [2, 3], [4]])
    expect(paginate([50, 50, 50], 260, 3)).toEqual([[0, 1, 2]])
    // 120 + separator + 120 fits; a third would not.
    expect(paginate([120, 120, 120], 240 + SEPARATOR_MM, 3)).toEqual([[0, 1], [2]])
    expect(paginate([300, 10], 260, 2)).toEqual([[0], [1]])
  })

  it('runs the references over as many two-column pages as they need, in order', () => {
    // First page: columns of 100 mm under the heading; then 150 mm.
    expect(fillColumns([60, 60, 60, 60, 60, 60], 100, 150)).toEqual([[0, 1], [2, 3, 4, 5]])
    expect(fillColumns([40, 40, 40, 40, 40], 100, 150)).toEqual([[0, 1, 2, 3], [4]])
    expect(fillColumns([10, 10], 100, 150)).toEqual([[0, 1]])
    // An entry taller than a column has one of its own.
    expect(fillColumns([120, 10], 100, 150)).toEqual([[0, 1]])
    expect(fillColumns([], 100, 150)).toEqual([])
  })

  it('reads the slides a page from the address, and falls back to the default for anything else', () => {
    expect(perPageFrom('?per-page=3')).toBe(3)
    expect(perPageFrom('?per-page=1&x=2')).toBe(1)
    for (const search of ['', '?per-page=5', '?per-page=two', '?per-page=2.5'])
      expect(perPageFrom(search), search).toBe(DEFAULT_PER_PAGE)
  })
})
