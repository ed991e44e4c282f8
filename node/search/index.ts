import type { SearchEntry } from '../../app/search/search'
import type { DeckSlide } from '../deck/deck'
// The search index of the lecture (app/search/search.ts), built in Node: each slide's text as the reader
// edition renders it (app/edition/render.ts, every click revealed), the context for students from its
// speaker notes (presenter cues left out), and each section's questions with the context of its last
// slide (app/check/search.ts). The site loads it as a module (node/vite/search-index.ts).
import type { EditionRenderer } from '../edition/ssr'
import { withQuestions } from '../../app/check/search'
import { lectureContext } from '../deck/context'
import { htmlText } from './text'

export async function searchIndex(slides: DeckSlide[], renderer: Pick<EditionRenderer, 'renderSlides'>): Promise<SearchEntry[]> {
  const rendered = await renderer.renderSlides(slides)
  // Where the context's citations link does not show in its text.
  const contexts = lectureContext(slides.map(slide => slide.note), n => `#ref-${n}`).slides
  const entries = slides.map((slide, i) => ({
    no: slide.no,
    title: slide.title,
    slide: htmlText(rendered[i]!),
    context: htmlText(contexts[i]?.html ?? ''),
  }))
  return withQuestions(entries, slides.map(slide => slide.frontmatter))
}
