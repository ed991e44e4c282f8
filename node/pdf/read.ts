// Reads a PDF as a reader's software would, with pdf.js in Node (no rendering; read-worker.mjs does it
// in a worker thread): each page's size, text, links and structure tree, the outline, the document
// information and the XMP title. The exports check their own result with it after printing; the tests
// read the PDFs with it too.
import { Worker } from 'node:worker_threads'

export interface TaggedElement {
  role: string
  alt?: string
  /** The text of the element and everything in it, in reading order. */
  text: string
}

export interface PdfLink {
  /** 0-based page that an internal link jumps to. */
  toPage?: number
  /** Address of a web link. */
  uri?: string
  /** Its description for assistive technology (`/Contents`). */
  description: string
}

export interface PdfPage {
  /** Size in PDF points. */
  width: number
  height: number
  text: string
  links: PdfLink[]
  /** The structure tree of the page, element by element in reading order. Artifacts are in none. */
  tags: TaggedElement[]
}

export interface PdfOutlineEntry {
  title: string
  /** 0-based page the entry opens. */
  page: number
  children: PdfOutlineEntry[]
}

export interface PdfFacts {
  pages: PdfPage[]
  outline: PdfOutlineEntry[]
  info: { title?: string, author?: string, subject?: string, language?: string }
  xmpTitle?: string
  marked: boolean
  displayDocTitle: boolean
}

interface Answer { facts?: PdfFacts, error?: string }
interface Reader { worker: Worker, waiting: Map<number, (answer: Answer) => void> }
let reader: Reader | undefined
let requests = 0

/** Starts the reader (read-worker.mjs) ahead of need: the printers call it while Chromium renders the page. */
export function startPdfReader(): Reader {
  if (reader)
    return reader
  const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), { execArgv: [] })
  const waiting: Reader['waiting'] = new Map()
  worker.on('message', ({ id, ...answer }) => {
    waiting.get(id)?.(answer)
    waiting.delete(id)
    if (waiting.size === 0)
      worker.unref()
  })
  const fail = (error: string): void => {
    for (const answer of waiting.values())
      answer({ error })
    waiting.clear()
    reader = undefined
  }
  worker.on('error', error => fail(error.message))
  worker.on('exit', code => fail(`the reader stopped (exit code ${code})`))
  // An idle reader does not keep the process alive.
  worker.unref()
  reader = { worker, waiting }
  return reader
}

/**
 * What the PDF holds. `links`, when given, are the pages' links as the caller wrote them (finishPdf):
 * pdf.js then reads no annotations (the larger part of reading the handout).
 */
export async function readPdf(bytes: Uint8Array, links?: PdfLink[][]): Promise<PdfFacts> {
  const { worker, waiting } = startPdfReader()
  const id = ++requests
  const answer = new Promise<Answer>(resolve => waiting.set(id, resolve))
  worker.ref()
  const copy = bytes.slice()
  worker.postMessage({ id, bytes: copy, readLinks: !links }, [copy.buffer])
  const { facts, error } = await answer
  if (!facts)
    throw new Error(`pdf.js could not read the PDF: ${error}`)
  if (links)
    facts.pages.forEach((page, index) => page.links = links[index] ?? [])
  return facts
}

/**
 * What keeps the PDF from the tagged-PDF basics that every export promises: not marked, no language,
 * the title not shown, no XMP title, a figure without alternative text, a link without a description.
 */
export function taggingProblems(pdf: PdfFacts, title: string): string[] {
  const problems: string[] = []
  const tags = pdf.pages.flatMap(page => page.tags)
  if (tags.length === 0)
    problems.push('it is not tagged (no structure tree)')
  if (!pdf.marked)
    problems.push('it is not marked as tagged (MarkInfo /Marked)')
  if (!pdf.info.language)
    problems.push('it names no language (/Lang)')
  if (!pdf.displayDocTitle)
    problems.push('viewers are not told to show its title (DisplayDocTitle)')
  if (pdf.xmpTitle !== title)
    problems.push('its XMP metadata has no dc:title matching its title')
  const bare = tags.filter(e => e.role === 'Figure' && !e.alt?.trim()).length
  if (bare > 0)
    problems.push(`${bare} figure(s) have no alternative text`)
  pdf.pages.forEach((page, index) => {
    const undescribed = page.links.filter(link => !link.description.trim()).length
    if (undescribed > 0)
      problems.push(`page ${index + 1}: ${undescribed} link(s) without a description (/Contents)`)
  })
  return problems
}
