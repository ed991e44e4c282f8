// In `npm run build`, the CJK fonts' stylesheets keep only the parts the project's text needs
// (node/fonts/cjk.ts says which, and why).
import type { Plugin } from 'vite'
import { createRequire } from 'node:module'
import { CJK_FONTS } from '../../app/fonts/families'
import { PROJECT_ROOT } from '../deck/deck'
import { beyondLatin, projectText, rulesFor } from '../fonts/cjk'

const require = createRequire(import.meta.url)

/** In `npm run build`: each CJK font's stylesheet keeps the rules of the parts the project's text needs. */
export function cjkFontSubsets(root: string = PROJECT_ROOT): Plugin {
  const stylesheets = new Set(CJK_FONTS.map(font => require.resolve(font.css)))
  let chars: string | undefined
  return {
    name: 'lecture:cjk-font-subsets',
    apply: 'build',
    // Before Vite's CSS plugin resolves the url()s, so that the files of the rules left out are not emitted.
    enforce: 'pre',
    transform(code, id) {
      if (!stylesheets.has(id.split('?')[0]!))
        return undefined
      chars ??= beyondLatin(projectText(root))
      return { code: rulesFor(code, chars).map(rule => rule.css).join('\n'), map: null }
    },
  }
}
