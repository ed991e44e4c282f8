// The reader view, `#/reader`: the whole lecture on one page, each slide followed by the editors' context.
import { defineRoutesSetup } from '@slidev/types'
import { READER_PATH } from '../app/reader/reader'

export default defineRoutesSetup(routes => [
  ...routes,
  { name: 'reader', path: READER_PATH, component: () => import('../app/reader/ReaderView.vue') },
])
