// Types for the lecture's facts. Every component and script reads `data/lecture.ts` through these.

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`

export interface Lecture {
  title: string
  institution: string
  date: IsoDate
  lecturer: string
}

export type SectionId = 'development' | 'treaty' | 'guidelines' | 'surrounding' | 'scc' | 'challenges'

/** One of the lecture's six numbered sections. `title` is the source heading without its number. */
export interface Section {
  id: SectionId
  number: number
  title: string
  /** Minutes planned for the section when it is presented live. */
  minutes: number
}

export type DocumentId = 'treaty-1951' | 'treaty-1960' | 'guidelines-1997' | 'scc-2005' | 'scc-2006'

/** The three strands of the alliance's documents, as the lecture names them. */
export type Strand = 'Japan-US Security Treaty' | 'Japan-US Defense Cooperation' | 'Japan-US Security Consultation'

export interface AllianceDocument {
  id: DocumentId
  strand: Strand
  /** The title as the lecture gives it. */
  title: string
  date: IsoDate
  /** Where the document was signed or issued, where the lecture names it. */
  place?: string
  /** A short label for tight places (timeline, outline). */
  shortTitle: string
  /** Where the official text is published. */
  source: { publisher: string, url: string }
}

export type ArticleId = 'article-5' | 'article-6'

export interface TreatyArticle {
  id: ArticleId
  /** Roman numeral, as the treaty numbers its articles. */
  number: string
  treaty: DocumentId
  text: string
}

/** A line of an outline, with the lines under it. */
export interface OutlineItem {
  text: string
  children?: OutlineItem[]
}

export type OutlineId = 'background' | 'guidelines-areas' | 'surrounding-outline' | 'scc-headings' | 'challenges'

/** A heading of the Guidelines' support for U.S. forces, with its paragraphs. */
export interface SupportMeasure {
  id: 'use-of-facilities' | 'rear-area-support'
  heading: string
  paragraphs: string[]
}

export type ObjectiveScope = 'regional' | 'global'

export interface ObjectiveList {
  scope: ObjectiveScope
  heading: string
  items: string[]
}
