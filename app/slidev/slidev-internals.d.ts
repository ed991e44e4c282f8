// Types for slidev-internals.js: the two components of Slidev's print view that the search index reuses.
import type { SlideRouteLike } from '@slidev/client'
import type { DefineComponent } from 'vue'

/** One slide at its final click state, at canvas size (980 × 552 here). */
export const PrintSlide: DefineComponent<{ route: SlideRouteLike, hidden?: boolean }>
/** Scales its content (one slide canvas) to the container's width, or to `width` when given. */
export const SlideContainer: DefineComponent<{ width?: number }>
