// `#/reader` (and `#/reader?slide=7`): leads to the reader edition, reader/ beside the deck.
// handout/ (a copy of the deck's index.html that `npm run build` writes): the handout page instead of
// the first slide.
// `#/check/<section>`: "Check yourself", the section's questions (app/check/CheckPage.vue).
import { defineRoutesSetup } from '@slidev/types'
import { isHandoutPage } from '../app/handout/where'
import { READER_PATH } from '../app/reader/reader'

export default defineRoutesSetup((routes) => {
  const handout = isHandoutPage(window.location.pathname)
  return [
    ...routes.filter(route => !(handout && route.path === '')),
    ...(handout ? [{ name: 'handout', path: '', component: () => import('../app/handout/Handout.vue') }] : []),
    { name: 'reader', path: READER_PATH, component: () => import('../app/reader/ToEdition.vue') },
    { name: 'check', path: '/check/:section', component: () => import('../app/check/CheckPage.vue') },
  ]
})
