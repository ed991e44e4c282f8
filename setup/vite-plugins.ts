// The deck's Vite plugins, one per file in node/vite/ (each file says what it does and why).
import { defineVitePluginsSetup } from '@slidev/types'
import { audienceAddress } from '../node/vite/audience-address'
import { cjkFontSubsets } from '../node/vite/cjk-fonts'
import { handoutContext } from '../node/vite/context'
import { deckCheck } from '../node/vite/deck-check'
import { downloadsModule } from '../node/vite/downloads'
import { menuButtonFix } from '../node/vite/menu-button'
import { realignmentMap } from '../node/vite/realignment-map'
import { lectureSearch } from '../node/vite/search-index'
import { siteAddressModule } from '../node/vite/site-address'
import { speakerNotes } from '../node/vite/speaker-notes'
import { staticSite } from '../node/vite/static-site'

export default defineVitePluginsSetup(options => [
  ...deckCheck(options),
  audienceAddress(options),
  lectureSearch(options),
  staticSite(),
  downloadsModule(),
  menuButtonFix(),
  handoutContext(options),
  siteAddressModule(),
  speakerNotes(options),
  realignmentMap(),
  cjkFontSubsets(),
])
