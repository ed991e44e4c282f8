// The fonts that draw Japanese and Chinese, in every output after the Latin fonts (Source Sans 3,
// Source Serif 4): the npm packages of Noto Sans JP and SC, regular weight, split by unicode-range
// into about a hundred parts each, as Google Fonts serves them. Han characters are in both fonts, each
// in the forms of its language: text marked as Chinese (`lang="zh"`) lists Noto Sans SC first
// (styles/index.css, app/edition/edition.css). node/vite/cjk-fonts.ts keeps, in a build, the parts that
// draw a character of the project's text.

export interface CjkFont {
  family: string
  /** The language whose forms it draws. */
  lang: 'ja' | 'zh'
  /** The package's stylesheet: one @font-face rule a part. */
  css: string
}

export const CJK_FONTS: readonly CjkFont[] = [
  { family: 'Noto Sans JP', lang: 'ja', css: '@fontsource/noto-sans-jp/400.css' },
  { family: 'Noto Sans SC', lang: 'zh', css: '@fontsource/noto-sans-sc/400.css' },
]

/** Whether a FontFace (as `document.fonts` lists it) is one of these fonts' parts. */
export function isCjkFace(face: { family: string }): boolean {
  const family = face.family.replace(/^["']|["']$/g, '')
  return CJK_FONTS.some(font => font.family === family)
}
