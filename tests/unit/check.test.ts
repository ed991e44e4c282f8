// The deck's one check (node/deck/check.ts), which the dev server, the build and the tests share: the
// deck as it is passes, and each typo a lecturer makes is one line naming the file, the slide, the line
// and what would be valid.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkDeck, checkDeckText, formatProblem } from '../../node/deck/check'
import { DEFAULT_ENTRY, PROJECT_ROOT } from '../../node/deck/deck'

const good = readFileSync(DEFAULT_ENTRY, 'utf8')
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex(line => line.includes(needle)) + 1

async function problemsOf(text: string): Promise<string[]> {
  return (await checkDeckText(text, DEFAULT_ENTRY, PROJECT_ROOT)).map(p => formatProblem(p, PROJECT_ROOT))
}

describe('the deck check', () => {
  it('finds nothing wrong with the deck as it is', async () => {
    expect((await checkDeck(DEFAULT_ENTRY)).map(p => formatProblem(p))).toEqual([])
  })

  it('names an unknown treaty article with its slide, line and the known ones', async () => {
    const bad = good.replace('<TreatyArticle id="article-5" />', '<TreatyArticle id="article-V" />')
    expect(await problemsOf(bad)).toEqual([
      `Unknown treaty article "article-V" in <TreatyArticle> on slide 7 (Article V), slides.md line ${lineOf(bad, 'article-V')}; known: article-5, article-6`,
    ])
  })

  it('names a misspelt component, a missing id and an unknown outline', async () => {
    const bad = good.replace('<OutlineList id="challenges"', '<OutlinList id="challenges"')
      .replace('<TreatyArticle id="article-6" />', '<TreatyArticle />')
      .replace('<OutlineList id="background"', '<OutlineList id="backgrund"')
    const problems = await problemsOf(bad)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toBe(`Unknown outline "backgrund" in <OutlineList> on slide 4 (Historical Background), slides.md line ${lineOf(bad, 'backgrund')}; known: background, guidelines-areas, surrounding-outline, scc-headings, challenges`)
    expect(problems[1]).toMatch(/^<TreatyArticle> needs id="…" on slide 8 \(Article VI\), slides\.md line \d+; known: article-5, article-6$/)
    expect(problems[2]).toMatch(/^Unknown component <OutlinList> on slide 20 \(Challenges\), slides\.md line \d+; the deck's components: .*OutlineList/)
  })

  it('names a citation of no source, and one written wrong', async () => {
    const bad = good.replace('[@embassy-2020]', '[@embasy-2020]').replace('[@sdf-act-1954]', '[@ sdf-act-1954]')
    const problems = await problemsOf(bad)
    expect(problems).toHaveLength(2)
    expect(problems.find(p => p.includes('embasy'))).toBe(`Citation [@embasy-2020] names no source in data/sources.ts on slide 6 (Japan-US Security Treaty), slides.md line ${lineOf(bad, 'embasy-2020')}; did you mean embassy-2020?`)
    expect(problems.find(p => p.includes('sdf-act'))).toMatch(/^Citation \[@ sdf-act-1954\] is not written \[@id\] or \[@id, pinpoint\] on slide 4 /)
  })

  it('names a broken frontmatter quote, an unknown layout, and the section that lost its divider', async () => {
    const bad = good.replace('routeAlias: scc\n', 'routeAlias: "scc\n').replace('layout: section\nrouteAlias: treaty', 'layout: sectoin\nrouteAlias: treaty')
    const problems = await problemsOf(bad)
    expect(problems.some(p => p.startsWith('The frontmatter is not valid YAML (Missing closing "quote) on slide 15'))).toBe(true)
    expect(problems).toContain(`Unknown layout "sectoin" on slide 6 (Japan-US Security Treaty), slides.md line ${lineOf(bad, 'sectoin')}; known: ${problems.find(p => p.startsWith('Unknown layout'))!.split('known: ')[1]}`)
    expect(problems.find(p => p.startsWith('Unknown layout'))).toMatch(/known: .*\bsection\b/)
    const lost = good.replace('routeAlias: guidelines\n', '')
    expect(await problemsOf(lost)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^A section divider without a section \(routeAlias: missing\) on slide 9 .*; routeAlias names one of: development, treaty, guidelines/),
      'Section 3 (Guidelines of the Japan-US defense cooperation) has no divider, slides.md; a slide with "layout: section" and "routeAlias: guidelines"',
    ]))
  })

  it('ignores tags in code and in comments', async () => {
    const text = good.replace('# Agenda\n', '# Agenda\n\n```html\n<NotAComponent />\n```\n\n<!-- <AlsoNot /> -->\n')
    expect(await problemsOf(text)).toEqual([])
  })
})
