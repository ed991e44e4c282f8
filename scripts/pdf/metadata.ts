// Document information for both PDFs, from the lecture's data: title, author (the lecturer),
// subject, keywords and language.
import type { PDFDocument } from 'pdf-lib'
import { formatDayFirst } from '../../components/format'
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
  const occasion = `Lecture at ${lecture.institution}, ${formatDayFirst(lecture.date)}`
  return {
    title: lecture.title,
    author: lecture.lecturer,
    subject: kind === 'slides' ? `${occasion}: slides` : `${occasion}: handout with the lecturer's notes`,
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
