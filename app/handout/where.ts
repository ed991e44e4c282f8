// Where the handout page is: handout/ beside the deck's index.html, the same application (written by
// node/pdf/handout-page.ts after the build). The deck's router shows the handout there instead of slide 1.
import { HANDOUT_FOLDER } from '../../data/deck'

const HANDOUT_PATH = new RegExp(`/${HANDOUT_FOLDER}/(?:index\\.html)?$`)

/** Whether a page at `pathname` is the handout. */
export function isHandoutPage(pathname: string): boolean {
  return HANDOUT_PATH.test(pathname)
}
