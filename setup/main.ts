// The slide pages (play, presenter, overview) are one application region: mark it as the page's main
// landmark, so that assistive technology can jump to it (axe `region`). The route to the reader edition
// and the handout page have their own <main> and are left alone.
import { defineAppSetup } from '@slidev/types'
import { READER_PATH } from '../app/reader/reader'

export default defineAppSetup(({ router }) => {
  router.afterEach((to) => {
    const app = document.getElementById('app')
    if (to.path === READER_PATH || to.name === 'handout')
      app?.removeAttribute('role')
    else
      app?.setAttribute('role', 'main')
  })
})
