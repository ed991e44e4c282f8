import type { TransformResult } from 'vite'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { CJK_FONTS, isCjkFace } from '../../app/fonts/families'
import { sources } from '../../data/sources'
import { beyondLatin, cjkRules, parseUnicodeRange, projectText, rulesFor } from '../../node/fonts/cjk'
import { cjkFontSubsets } from '../../node/vite/cjk-fonts'

const require = createRequire(import.meta.url)
const [JP, SC] = CJK_FONTS.map(font => readFileSync(require.resolve(font.css), 'utf8')) as [string, string]
const JAPANESE = /[\u3040-\u30FF\u3400-\u9FFF\uFF00-\uFFEF]/gu

describe('the CJK fonts\' parts', () => {
  it('reads unicode-range lists: ranges, single code points and wildcards', () => {
    expect(parseUnicodeRange('U+4e00-4e0a, U+3000,U+4??')).toEqual([[0x4E00, 0x4E0A], [0x3000, 0x3000], [0x400, 0x4FF]])
  })

  it('leaves to the Latin font what it draws', () => {
    expect(beyondLatin('Abc “quoted” – é’ 日米日')).toBe('日米')
  })

  it('keeps the parts that draw the text, each listing only its characters, WOFF2 only', () => {
    const rules = rulesFor(JP, '日米ロードマップ')
    const listed = rules.flatMap(rule => /unicode-range: ([^;]+)/.exec(rule.css)![1]!.split(','))
    expect(listed.map(code => String.fromCodePoint(Number.parseInt(code.slice(2), 16))).sort()).toEqual([...'日米ロードマップ'].filter((c, i, all) => all.indexOf(c) === i).sort())
    expect(rules.length).toBeLessThan(9)
    for (const rule of rules) {
      expect(rule.css).toContain(`url(./files/${rule.file}) format('woff2')`)
      expect(rule.css).not.toMatch(/\.woff\)/)
      expect(rule.css).toContain('font-family: \'Noto Sans JP\'')
    }
    expect(rulesFor(JP, beyondLatin('only Latin text, “quoted”'))).toEqual([])
  })

  it('has a Noto Sans JP part for every Japanese character of the sources, with its file in the package', () => {
    const japanese = [...new Set(sources.flatMap(source => `${source.title} ${source.caveat ?? ''}`.match(JAPANESE) ?? []))].join('')
    expect(japanese.length).toBeGreaterThan(20)
    const text = projectText()
    expect([...japanese].filter(char => !text.includes(char))).toEqual([])
    const rules = cjkRules(text)
    const drawnByJp = rules.filter(rule => rule.file.startsWith('noto-sans-jp-')).flatMap(rule => rule.ranges.map(([code]) => String.fromCodePoint(code)))
    expect([...japanese].filter(char => !drawnByJp.includes(char))).toEqual([])
    for (const rule of rules)
      expect(existsSync(rule.path), rule.path).toBe(true)
  })

  it('filters the packages\' stylesheets in a build, and nothing else', () => {
    const plugin = cjkFontSubsets()
    expect(plugin.apply).toBe('build')
    const transform = plugin.transform as (code: string, id: string) => TransformResult | undefined
    const kept = transform(SC, require.resolve(CJK_FONTS[1]!.css))!.code
    expect(kept.length).toBeLessThan(SC.length / 5)
    expect(kept).toContain('font-family: \'Noto Sans SC\'')
    expect(transform('a { color: red }', '/some/other.css')).toBeUndefined()
  })

  it('tells a CJK font\'s face from a Latin one, as document.fonts names them', () => {
    expect(isCjkFace({ family: '"Noto Sans JP"' })).toBe(true)
    expect(isCjkFace({ family: 'Noto Sans SC' })).toBe(true)
    expect(isCjkFace({ family: 'Source Sans 3' })).toBe(false)
  })
})
