// Slidev's own slide rendering, reused by the reader view and the search index instead of a copy.
// These modules ship as TypeScript written for looser compiler settings than this project's, so this
// bridge is plain JavaScript (outside the type check) and slidev-internals.d.ts types what is used.
export { default as PrintSlide } from '@slidev/client/internals/PrintSlide.vue'
export { default as SlideContainer } from '@slidev/client/internals/SlideContainer.vue'
