// What Slidev shows in place of a slide that failed, and while a slide's code is still loading: the
// handout page waits past them, and the printers refuse a page that shows them.

/** Slidev's error box, as the slide shows it when a slide failed to compile or load. */
export const SLIDEV_ERROR_TEXTS = [
  'An error occurred on this slide',
  'Failed to fetch this slide',
]

/** Slidev's placeholder while a slide's code is still loading. */
export const SLIDEV_LOADING_TEXT = 'Loading slide...'
