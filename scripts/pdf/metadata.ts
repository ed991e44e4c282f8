// Document information for both PDFs, from the lecture's data: title, author, subject, keywords and
// language. The slides are the lecturer's; the handout adds context written by the deck's editors, and
// says so in its author and subject.
import type { PDFDocument } from 'pdf-lib'
import { formatDate } from '../../data/format'
import { lecture, sections } from '../../data/lecture'

export type PdfKind = 'slides' | 'handout'

export interface DocumentInfo {
  title: string
  author: string
  subject: string
  keywords: string[]
  language: string
  creator: string
}

export function documentInfo(kind: PdfKind): DocumentInfo {
  const occasion = `Lecture at ${lecture.institution}, ${formatDate(lecture.date)}`
  return {
    title: lecture.title,
    author: kind === 'slides' ? lecture.lecturer : `${lecture.lecturer} (lecture); the deck's editors (context and references)`,
    subject: kind === 'slides' ? `${occasion}: slides` : `${occasion}: handout, the slides with context added by the deck's editors`,
    keywords: ['Japan-US Alliance', ...sections.map(section => section.title)],
    language: 'en',
    creator: kind === 'slides' ? 'Slidev, scripts/export.ts' : 'Slidev, scripts/handout.ts',
  }
}

export function applyDocumentInfo(pdf: PDFDocument, info: DocumentInfo, now = new Date()): void {
  // Viewers show the title rather than the file name.
  pdf.setTitle(info.title, { showInWindowTitleBar: true })
  pdf.setAuthor(info.author)
  pdf.setSubject(info.subject)
  pdf.setKeywords(info.keywords)
  pdf.setLanguage(info.language)
  pdf.setCreator(info.creator)
  pdf.setProducer('pdf-lib')
  pdf.setCreationDate(now)
  pdf.setModificationDate(now)
}
