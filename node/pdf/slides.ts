// The slides PDF (`npm run export`): Slidev's print view (`#/print`) of the built site printed once by
// Chromium, one page per slide at its final click state. Before printing, in the page: links between
// slides point to the slide they name (Chromium keeps a `#id` link as a jump when the id is on the
// page), and the headings of the slides inside a section go one level down, so that Chromium's outline
// has the sections over their slides. After printing: document information, XMP and link descriptions
// (finish.ts), then a check of what the file holds. `exportSlides` in site.ts writes it to a file.
import type { Browser, Page } from 'playwright-chromium'
import type { Deck } from '../deck/deck'
import type { FinishedPdf } from './finish'
import { SLIDEV_ERROR_TEXTS } from '../../app/slidev/errors'
import { ExportCheckError } from '../errors'
import { documentInfo, finishPdf } from './finish'
import { printPage } from './print'
import { readPdf, taggingProblems } from './read'

/** Id of the marker at the top of slide N that links to it lead to. */
const ANCHOR = 'lecture-slide-'

/** Whether slide i (0-based) is inside a section: after a divider, not one itself. Nested in the outline. */
export function nestedSlides(deck: Deck): boolean[] {
  let inSection = false
  return deck.slides.map((slide) => {
    inSection ||= !!slide.opens
    return inSection && !slide.opens
  })
}

async function prepare(page: Page, deck: Deck): Promise<string[]> {
  // Every slide breaks the page after it; after the last one that would add a blank page. Chromium's
  // outline joins the lines of a wrapped heading without a space unless the spaces are kept (pre-wrap).
  await page.addStyleTag({ content: '.print-slide-container:last-child { break-after: auto !important; } .print-slide-container :is(h1, h2, h3, h4) { white-space: pre-wrap; }' })
  const aliases = Object.fromEntries(deck.slides.flatMap(slide => slide.aliases.map(alias => [alias, slide.no])))
  return page.evaluate(({ aliases, nested, anchor }) => {
    const problems: string[] = []
    const slides = [...document.querySelectorAll<HTMLElement>('.print-slide-container')]
    slides.forEach((slide, index) => {
      if (nested[index]) {
        for (const heading of slide.querySelectorAll('h1, h2, h3, h4, h5'))
          heading.setAttribute('aria-level', String(Number(heading.tagName[1]) + 1))
      }
      for (const link of slide.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
        const href = link.getAttribute('href')!
        // eslint-disable-next-line e18e/prefer-static-regex -- runs in the page, where module scope is not
        const no = aliases[decodeURIComponent(href.replace(/^#\/?/, '').split('?')[0]!)]
        const target = no ? slides[no - 1] : undefined
        if (!no || !target) {
          problems.push(`page ${index + 1} links to "${href}", which names no slide`)
          continue
        }
        if (!document.getElementById(`${anchor}${no}`))
          target.prepend(Object.assign(document.createElement('span'), { id: `${anchor}${no}`, style: 'position:absolute;top:0;left:0;width:1px;height:1px' }))
        link.setAttribute('href', `#${anchor}${no}`)
      }
    })
    return problems
  }, { aliases, nested: nestedSlides(deck), anchor: ANCHOR })
}

/** What the printed file must hold: a page a slide with its title and number, the outline, the links, the tags. */
async function fileProblems(deck: Deck, { pdf, links: written }: FinishedPdf, links: number): Promise<string[]> {
  const facts = await readPdf(pdf, written)
  const total = deck.slides.length
  const problems = taggingProblems(facts, documentInfo('slides').title)
  if (facts.pages.length !== total)
    problems.push(`the PDF has ${facts.pages.length} pages, but ${total} were expected`)
  const nested = nestedSlides(deck)
  const squash = (text: string): string => text.replace(/[\u2019\u02BC]/g, '\'').replace(/\s+/g, '')
  facts.pages.forEach((page, index) => {
    const slide = deck.slides[index]
    const level = nested[index] ? 'H2' : 'H1'
    if (slide && !squash(page.text).includes(squash(slide.title)))
      problems.push(`page ${index + 1} does not show the title of slide ${index + 1} ("${slide.title}")`)
    if (slide && page.tags.find(tag => tag.role === 'H1' || tag.role === 'H2')?.role !== level)
      problems.push(`page ${index + 1} has no ${level} heading for its title`)
  })
  // The outline: a top-level entry for each slide outside a section and each divider, the section's slides under it.
  const top = facts.outline.map(entry => entry.page)
  const expected = nested.flatMap((inside, index) => inside ? [] : [index])
  const misplaced = nested.map((inside, index) => inside && ![...facts.outline].reverse().find(entry => entry.page < index)?.children.some(child => child.page === index))
  if (top.join() !== expected.join() || misplaced.some(Boolean))
    problems.push(`the outline does not have the sections over their slides (top-level entries open pages ${top.map(p => p + 1).join(', ')}; expected ${expected.map(p => p + 1).join(', ')})`)
  const jumps = facts.pages.flatMap(page => page.links).filter(link => link.toPage !== undefined)
  if (jumps.length < links || jumps.some(link => link.toPage! < 0))
    problems.push(`the slides hold ${links} links to other slides, the PDF ${jumps.filter(link => link.toPage! >= 0).length} that work`)
  return problems
}

/** Prints the deck served at `url` (its root, ending in `/`) to a finished, checked slides PDF. */
export async function printSlides(browser: Browser, deck: Deck, url: string, timeout = 120_000): Promise<Uint8Array> {
  let links = 0
  const printed = await printPage(browser, {
    what: 'The slides export',
    url: deck.routerMode === 'hash' ? `${url}?print=true#/print` : `${url}print?print=true`,
    viewport: deck.canvas,
    slides: deck.slides.length,
    onePagePerSlide: true,
    // A slide has settled when it shows its layout, or Slidev's error box (reported by the check).
    settled: (page, wait) => page.waitForFunction(({ n, errors }) => {
      const slides = [...document.querySelectorAll('.print-slide-container')]
      return slides.length === n && slides.every(slide => slide.querySelector('.slidev-layout') || errors.some(text => slide.textContent?.includes(text)))
    }, { n: deck.slides.length, errors: SLIDEV_ERROR_TEXTS }, { timeout: wait, polling: 50 }).then(() => {}),
    prepare: async (page) => {
      await page.emulateMedia({ media: 'screen', colorScheme: 'light' })
      const problems = await prepare(page, deck)
      links = await page.locator('#print-content a[href^="#"]').count()
      return problems
    },
    pdf: { width: `${deck.canvas.width}px`, height: `${deck.canvas.height}px`, preferCSSPageSize: true },
    timeout,
  })
  const finished = await finishPdf(printed, documentInfo('slides'), ({ uri, name }) => {
    const no = Number(name?.slice(ANCHOR.length))
    return uri ? `Opens ${uri}` : `Goes to slide ${no}: ${deck.slides[no - 1]?.title ?? ''}`
  })
  const problems = await fileProblems(deck, finished, links)
  if (problems.length > 0)
    throw new ExportCheckError('The slides export', problems)
  return finished.pdf
}
