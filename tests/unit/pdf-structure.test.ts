import { PDFArray, PDFDocument, PDFName, PDFString } from 'pdf-lib'
// The PDF exports' own logic, without a browser: outline, links between slides, document information,
// and how the handout lays out pages.
import { describe, expect, it } from 'vitest'
import { readDeck } from '../../app/node/deck'
import { sectionLabel } from '../../data/deck'
import { lecture, sections } from '../../data/lecture'
import { getSource } from '../../data/sources'
import { handoutHtml, paginate, SEPARATOR_MM } from '../../scripts/pdf/handout-layout'
import { rewriteSlideLinks, slideForHref } from '../../scripts/pdf/links'
import { applyDocumentInfo, documentInfo } from '../../scripts/pdf/metadata'
import { buildOutline, writeOutline } from '../../scripts/pdf/outline'
import { readLanguage, readLinks, readOutline } from '../../scripts/pdf/read'

const deck = await readDeck()

describe('outline', () => {
  const outline = buildOutline(deck.slides, sections)

  it('has the six sections at the top level, after the slides that come before the first', () => {
    const sectionEntries = outline.filter(entry => entry.children.length > 0)
    expect(sectionEntries.map(entry => entry.title)).toEqual(sections.map(sectionLabel))
    expect(outline.slice(0, 2).map(entry => entry.slide)).toEqual([1, 2])
  })

  it('nests every other slide under its section, in order, each slide once', () => {
    const all = outline.flatMap(entry => [entry.slide, ...entry.children.map(child => child.slide)])
    expect(all).toEqual(deck.slides.map(slide => slide.no))
    const treaty = outline.find(entry => entry.title.startsWith('2 · '))!
    expect(treaty.children.map(child => child.title)).toEqual(['Article V', 'Article VI'])
  })

  it('refuses a section that the lecture data does not know', () => {
    expect(() => buildOutline([{ no: 1, title: 'x', opens: 'nope' as never }], sections)).toThrow(/nope/)
  })

  it('is written into the PDF so that a reader finds the same tree and pages', async () => {
    const pdf = await PDFDocument.create()
    deck.slides.forEach(() => pdf.addPage([100, 60]))
    writeOutline(pdf, outline, slide => ({ page: slide - 1 }))
    const read = readOutline(await PDFDocument.load(await pdf.save()))
    const strip = (entries: typeof outline): unknown => entries.map(e => ({ title: e.title, page: e.slide - 1, children: strip(e.children) }))
    expect(read).toEqual(strip(outline))
  })
})

describe('links between slides', () => {
  const origin = 'http://127.0.0.1:4567/'

  it('finds the slide a fragment, a deck address or a marker names', () => {
    expect(slideForHref('#treaty', deck.slides)).toBe(6)
    expect(slideForHref('#/treaty', deck.slides)).toBe(6)
    expect(slideForHref('#7', deck.slides)).toBe(7)
    expect(slideForHref(`${origin}?print=true#challenges`, deck.slides, origin)).toBe(19)
    expect(slideForHref('lecture-slide-12', deck.slides)).toBe(12)
  })

  it('leaves other sites, unknown names and missing slides alone', () => {
    expect(slideForHref('https://www.mofa.go.jp/region/n-america/us/q&a/ref/1.html#treaty', deck.slides, origin)).toBeUndefined()
    expect(slideForHref('#no-such-section', deck.slides)).toBeUndefined()
    expect(slideForHref('lecture-slide-99', deck.slides)).toBeUndefined()
  })

  it('turns links into the deck into jumps to pages, and reports those that name no slide', async () => {
    const pdf = await PDFDocument.create()
    deck.slides.forEach(() => pdf.addPage([100, 60]))
    const link = (uri: string) => pdf.context.register(pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: [0, 0, 10, 10],
      A: { Type: 'Action', S: 'URI', URI: PDFString.of(uri) },
    }))
    const annots = PDFArray.withContext(pdf.context)
    for (const uri of [`${origin}#scc`, 'https://avalon.law.yale.edu/20th_century/japan001.asp', `${origin}#nowhere`])
      annots.push(link(uri))
    pdf.getPage(1).node.set(PDFName.of('Annots'), annots)

    const result = rewriteSlideLinks(pdf, deck.slides, origin, slide => slide - 1)
    expect(result.rewired).toEqual([{ page: 1, href: `${origin}#scc`, slide: 15 }])
    expect(result.unresolved).toEqual([{ page: 1, href: `${origin}#nowhere` }])
    expect(readLinks(pdf, 1)).toEqual([
      { toPage: 14 },
      { uri: 'https://avalon.law.yale.edu/20th_century/japan001.asp' },
      { uri: `${origin}#nowhere` },
    ])
  })
})

describe('document information', () => {
  it('names the lecture, the lecturer and the language', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage()
    applyDocumentInfo(pdf, documentInfo('slides'))
    const read = await PDFDocument.load(await pdf.save(), { updateMetadata: false })
    expect(read.getTitle()).toBe(lecture.title)
    expect(read.getAuthor()).toBe(lecture.lecturer)
    expect(read.getSubject()).toContain(lecture.institution)
    expect(read.getKeywords()).toContain(sections[1]!.title)
    expect(readLanguage(read)).toBe('en')
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

  it('writes the cover from the data and page numbers into the contents', () => {
    const blocks = deck.slides.map(slide => ({ slide: slide.no, title: slide.title, section: '', notesHtml: '' }))
    const html = handoutHtml({
      lecture,
      sections: sections.map(s => ({ ...s, slide: deck.slides.find(d => d.opens === s.id)!.no })),
      documents: [],
      references: [{ n: 1, source: getSource('treaty-1960') }],
      blocks,
      totalSlides: blocks.length,
      perPage: 2,
      fontCss: '',
      aspect: 16 / 9,
    }, paginate(blocks.map(() => 100), 250, 2))
    expect(html).toContain(lecture.lecturer)
    expect(html).toContain('15 October 2009')
    // Slide 3 (section 1) is in the second pair of blocks: page 3 of the handout, after the cover.
    expect(html).toMatch(/href="#slide-3">1 · Development of Japan-US Alliance<\/a><span class="page">page 3</)
    expect(html.match(/class="block"/g)).toHaveLength(deck.slides.length)
    // The references come last, on their own page, with the address and the caveat of each source.
    expect(html).toMatch(/<li id="ref-1"><span class="n">\[1\]<\/span><span><cite>Treaty of Mutual Cooperation and Security/)
    expect(html).toContain(getSource('treaty-1960').caveat)
  })
})
