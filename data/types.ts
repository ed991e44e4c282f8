// Types for the lecture's facts. Every component and script reads `data/lecture.ts` through these.

// Each id type is derived from its list (data/lecture.ts, data/sources.ts, data/realignment.ts), so a
// new entry there is its id everywhere (see data/ids.ts); the interfaces have a plain `id: string`.
import type { ArticleId, DocumentId, ObjectiveScope, OutlineId, SectionId, SupportMeasureId } from './lecture'
import type { PlaceId } from './realignment'
import type { SourceId } from './sources'

export type { ArticleId, DocumentId, ObjectiveScope, OutlineId, PlaceId, SectionId, SourceId, SupportMeasureId }

/** A calendar date written `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`

export interface Lecture {
  title: string
  institution: string
  date: IsoDate
  lecturer: string
}

/** One of the lecture's six numbered sections. `title` is the source heading without its number. */
export interface Section {
  id: string
  number: number
  title: string
  /** Minutes planned for the section when it is presented live. */
  minutes: number
}

/** The three strands of the alliance's documents, as the lecture names them. */
export type Strand = 'Japan-US Security Treaty' | 'Japan-US Defense Cooperation' | 'Japan-US Security Consultation'

export interface AllianceDocument {
  id: string
  strand: Strand
  /** The title as the lecture gives it. */
  title: string
  date: IsoDate
  /** Where the document was signed or issued, where the lecture names it. */
  place?: string
  /** A short label for tight places (timeline, outline). */
  shortTitle: string
  /** Where the official text is published: an entry of the source register (`data/sources.ts`). */
  source: SourceId
}

export interface TreatyArticle {
  id: string
  /** Roman numeral, as the treaty numbers its articles. */
  number: string
  treaty: DocumentId
  text: string
}

/** One of the lecture's outlines (`<OutlineList id="challenges">`). */
export interface Outline {
  id: string
  items: OutlineItem[]
}

/** A line of an outline, with the lines under it. */
export interface OutlineItem {
  text: string
  children?: OutlineItem[]
}

/** A heading of the Guidelines' support for U.S. forces, with its paragraphs. */
export interface SupportMeasure {
  id: string
  heading: string
  paragraphs: string[]
}

/** The common strategic objectives of one scope; the scope is its id (`regional`). */
export interface ObjectiveList {
  id: string
  heading: string
  items: string[]
}

/** A month written `YYYY-MM`, for a text dated by its month only. */
export type IsoMonth = `${number}-${number}`

export type SourceKind = 'constitution' | 'treaty' | 'agreement' | 'exchange of notes' | 'law' | 'guidelines' | 'SCC document' | 'resolution' | 'statement' | 'press release' | 'speech' | 'official description' | 'compilation' | 'editorial note'

/** One entry of the source register. */
export interface Source {
  id: string
  kind: SourceKind
  title: string
  /** Who publishes the text at `url`: the official publisher where there is one. */
  publisher: string
  /** Date of signature, issue or adoption; a month where the text gives no day; none for an undated page. */
  date?: IsoDate | IsoMonth
  url: `https://${string}`
  /** Said where the address could not be opened here, or only part of the text could be read. */
  caveat?: string
  /** A few words naming it where space is short (the map's sources). */
  short?: string
}

/** Where a fact stands in a source of the register: the source and the passage. */
export interface SourceRef {
  source: SourceId
  /** The section, paragraph or heading that says it. */
  at: string
}

/**
 * A place the Roadmap's moves start from, end at or change. Its coordinates only place a dot on a
 * schematic map: they are not something the deck teaches.
 */
export interface MapPlace {
  id: string
  name: string
  /** Degrees north and east, to a hundredth. */
  lat: number
  lon: number
}

/** A region that a move leaves as a whole rather than from one base. */
export type MapRegion = 'okinawa'

export type MoveKind = 'relocation' | 'return' | 'new role' | 'training'

/**
 * One move or change of the Roadmap of 1 May 2006, as an official text or official description that
 * the editors read confirms it. A move without a source is refused by the type (`sources` has at least
 * one entry) and by tests/unit/realignment.test.ts.
 */
export interface RealignmentMove {
  id: string
  /** The Roadmap's section for it, as the Roadmap numbers its implementation details: `1(a)` … `6`. */
  section: string
  kind: MoveKind
  /** Where an arrow starts (relocations). */
  from?: PlaceId | MapRegion
  /** Where an arrow ends (relocations). */
  to?: PlaceId
  /** Every place the move marks with its number, arrow ends included. */
  places: PlaceId[]
  /** Places the move is told in relation to, drawn with their name but no number (Kadena, for "south of Kadena"). */
  landmarks?: PlaceId[]
  /** What moves or changes, in a line or two for the slide: the editors' words. */
  label: string
  /** The same in a sentence, for the text alternative and the reader edition: the editors' words. */
  text: string
  sources: [SourceRef, ...SourceRef[]]
}
