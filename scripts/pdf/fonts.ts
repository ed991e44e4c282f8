// The project's fonts as @font-face rules with the files inlined, for pages the exports build
// themselves (the handout): no server and no network needed, and the PDF embeds the same fonts as
// the slides.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

interface Face {
  family: string
  file: string
  weight: number
  style: 'normal' | 'italic'
}

const FACES: Face[] = [
  ...[400, 600, 700].map(weight => ({ family: 'Source Sans 3', file: `@fontsource/source-sans-3/files/source-sans-3-latin-${weight}-normal.woff2`, weight, style: 'normal' as const })),
  { family: 'Source Sans 3', file: '@fontsource/source-sans-3/files/source-sans-3-latin-400-italic.woff2', weight: 400, style: 'italic' },
  ...[400, 600, 700].map(weight => ({ family: 'Source Serif 4', file: `@fontsource/source-serif-4/files/source-serif-4-latin-${weight}-normal.woff2`, weight, style: 'normal' as const })),
]

export function fontFaceCss(): string {
  return FACES.map((face) => {
    const data = readFileSync(require.resolve(face.file)).toString('base64')
    return `@font-face { font-family: '${face.family}'; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; src: url(data:font/woff2;base64,${data}) format('woff2'); }`
  }).join('\n')
}
