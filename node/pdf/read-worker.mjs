// The PDF reader of read.ts, in a worker thread started without tsx: pdf.js (megabytes of JavaScript)
// loads many times faster here than under tsx's module hooks, and it loads beside the print, not in
// its way. Plain JavaScript for that reason. Each message { id, bytes, readLinks } is answered { id, facts }
// (the shapes are PdfFacts in read.ts) or { id, error }.
import { parentPort } from 'node:worker_threads'

const pdfjs = import('pdfjs-dist/legacy/build/pdf.mjs')
// pdf.js would load its worker module at the first document; loaded now, beside the print, instead.
const ready = import('pdfjs-dist/legacy/build/pdf.worker.mjs').then((worker) => {
  globalThis.pdfjsWorker = worker
  return pdfjs
})

/** Resolves link and outline targets to 0-based pages; named destinations are read once. */
function pageFinder(doc) {
  const named = doc.getDestinations()
  return async (dest) => {
    const ref = (typeof dest === 'string' ? (await named)[dest] : dest)?.[0]
    return typeof ref === 'number' ? ref : ref && typeof ref === 'object' ? doc.getPageIndex(ref) : -1
  }
}

async function readPage(doc, n, pageOf, readLinks) {
  const page = await doc.getPage(n)
  const [content, tree, annotations] = await Promise.all([page.getTextContent({ includeMarkedContent: true }), page.getStructTree(), readLinks ? page.getAnnotations() : []])
  // Text by marked-content id, for the structure tree's leaves.
  const byId = new Map()
  const open = []
  let text = ''
  for (const item of content.items) {
    if ('str' in item) {
      text += item.str + (item.hasEOL ? '\n' : '')
      const id = [...open].reverse().find(Boolean)
      if (id)
        byId.set(id, `${byId.get(id) ?? ''}${item.str}${item.hasEOL ? ' ' : ''}`)
    }
    else if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') {
      open.push(item.type === 'beginMarkedContentProps' ? String(item.id ?? '') : '')
    }
    else if (item.type === 'endMarkedContent') {
      open.pop()
    }
  }
  const tags = []
  const walk = (node) => {
    if (node.type === 'content')
      return byId.get(node.id ?? '') ?? ''
    const slot = node.role && node.role !== 'Root' ? tags.push({ role: node.role, alt: node.alt, text: '' }) - 1 : -1
    const inner = (node.children ?? []).map(walk).join(' ').replace(/\s+/g, ' ').trim()
    if (slot >= 0)
      tags[slot].text = inner
    return inner
  }
  if (tree)
    walk(tree)
  const links = await Promise.all(annotations.filter(a => a.subtype === 'Link').map(async a => ({
    ...(a.url ? { uri: a.url } : { toPage: await pageOf(a.dest) }),
    description: a.contentsObj?.str ?? '',
  })))
  const [, , width, height] = page.view
  page.cleanup()
  return { width, height, text, links, tags }
}

async function readPdf(bytes, readLinks) {
  const { getDocument } = await ready
  const doc = await getDocument({ data: bytes, useSystemFonts: false, disableFontFace: true, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pageOf = pageFinder(doc)
    const pages = []
    for (let n = 1; n <= doc.numPages; n++)
      pages.push(await readPage(doc, n, pageOf, readLinks))
    const level = async items => Promise.all((items ?? []).map(async item => ({ title: item.title, page: await pageOf(item.dest), children: await level(item.items) })))
    const [outline, metadata, markInfo, preferences] = await Promise.all([doc.getOutline().then(level), doc.getMetadata(), doc.getMarkInfo(), doc.getViewerPreferences()])
    const info = metadata.info
    return {
      pages,
      outline,
      info: { title: info.Title, author: info.Author, subject: info.Subject, language: info.Language },
      xmpTitle: metadata.metadata?.get('dc:title') ?? undefined,
      marked: markInfo?.Marked === true,
      displayDocTitle: preferences?.DisplayDocTitle === true,
    }
  }
  finally {
    await doc.destroy()
  }
}

parentPort.on('message', ({ id, bytes, readLinks }) => {
  readPdf(bytes, readLinks).then(
    facts => parentPort.postMessage({ id, facts }),
    error => parentPort.postMessage({ id, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
  )
})
