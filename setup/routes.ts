// `#/reader` (and `#/reader?slide=7`): leads to the reader edition, reader/ beside the deck.
import { defineRoutesSetup } from '@slidev/types'
import { READER_PATH } from '../app/reader/reader'

export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'reader', path: READER_PATH, component: () => import('../app/reader/ToEdition.vue') },
])
