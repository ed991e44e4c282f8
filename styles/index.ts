// The fonts the deck ships (no web-font CDN): Source Sans 3 for text, Source Serif 4 for headings, then
// Noto Sans JP and SC for Japanese and Chinese (app/fonts/families.ts). Imported here rather than from
// index.css so that the build's plugin can keep the CJK parts the text needs (node/vite/cjk-fonts.ts):
// an @import in CSS is inlined without passing through plugins.
// Static faces, not the variable fonts: Chromium embeds them in PDFs as named TrueType subsets (a
// variable font becomes unnamed Type 3 glyphs).
import '@fontsource/source-sans-3/latin-400.css'
import '@fontsource/source-sans-3/latin-400-italic.css'
import '@fontsource/source-sans-3/latin-600.css'
import '@fontsource/source-sans-3/latin-700.css'
import '@fontsource/source-serif-4/latin-400.css'
import '@fontsource/source-serif-4/latin-600.css'
import '@fontsource/source-serif-4/latin-700.css'
import '@fontsource/noto-sans-jp/400.css'
import '@fontsource/noto-sans-sc/400.css'
