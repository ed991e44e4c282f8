// The benchmark's own logic (bench/): options, medians and ratios, the table, and the baseline
// deck it writes. The measurements themselves are smoke-tested in tests/browser/bench.test.ts.
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import { baselineMarkdown, escapeText } from '../../bench/baseline'
import { formatTable, lighthouseRun, median, parseArgs, ratio, summarize, summarizeLighthouse, USAGE } from '../../bench/stats'

describe('bench options', () => {
  it('defaults to three runs and takes --runs, --quick, --keep and --out', () => {
    expect(parseArgs([])).toEqual({ runs: 3, keep: false, out: '.bench/results.json' })
    expect(parseArgs(['--runs', '5']).runs).toBe(5)
    expect(parseArgs(['--runs=7']).runs).toBe(7)
    expect(parseArgs(['--quick']).runs).toBe(1)
    expect(parseArgs(['--keep', '--out', '/tmp/b.json'])).toMatchObject({ keep: true, out: '/tmp/b.json' })
  })

  it('refuses what it does not know, in one line that ends with the usage', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(`Option --runs takes a whole number from 1 to 20, not "0". Usage: ${USAGE}`)
    expect(() => parseArgs(['--runs', '21'])).toThrow(/not "21"/)
    expect(() => parseArgs(['--runs'])).toThrow(`Option --runs needs a value. Usage: ${USAGE}`)
    expect(() => parseArgs(['--fast'])).toThrow(`Unknown option "--fast". Usage: ${USAGE}`)
    expect(() => parseArgs(['--quick', '--runs', '2'])).toThrow(/does not go with --runs/)
    expect(() => parseArgs(['--quick'])).not.toThrow()
  })

  it('starts nothing when imported', async () => {
    // bench/bench.ts reads process.argv and runs only as a command; here argv is Vitest's.
    await expect(import('../../bench/bench')).resolves.toBeDefined()
  })
})

describe('bench figures', () => {
  it('takes medians and ratios, and leaves them empty without figures', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
    expect(ratio(3, 2)).toBe(1.5)
    expect(ratio(3, null)).toBeNull()
    expect(ratio(3, 0)).toBeNull()
  })

  it('judges aims on the ratio or on our value', () => {
    const build = summarize({ id: 'b', label: 'build', unit: 'ms', aim: { kind: 'ratio', max: 1.3 }, samples: { ours: [14, 12, 13], baseline: [10, 10, 11] } })
    expect(build).toMatchObject({ ours: 13, baseline: 10, met: true })
    expect(build.ratio).toBeCloseTo(1.3)
    const nav = summarize({ id: 'n', label: 'nav', unit: 'ms', aim: { kind: 'value', max: 50 }, samples: { ours: [60], baseline: [10] } })
    expect(nav.met).toBe(false)
    const handout = summarize({ id: 'h', label: 'handout', unit: 'bytes', oursOnly: true, samples: { ours: [2048], baseline: [] } })
    expect(handout).toMatchObject({ baseline: null, ratio: null, met: null })
  })

  it('prints one aligned row per metric with ours, baseline, ratio and the aim', () => {
    const table = formatTable([
      summarize({ id: 'b', label: 'build: wall time', unit: 'ms', aim: { kind: 'ratio', max: 1.3 }, samples: { ours: [20_000], baseline: [10_000] } }),
      summarize({ id: 'e', label: 'export: file size', unit: 'bytes', missing: 'not available', samples: { ours: [], baseline: [45 * 1024] } }),
    ])
    const lines = table.split('\n')
    expect(lines).toHaveLength(4)
    expect(new Set(lines.map(line => line.length)).size).toBe(1)
    expect(lines[0]).toMatch(/metric.*ours.*baseline.*ratio.*aim/)
    expect(lines[2]).toMatch(/build: wall time.*20\.0 s.*10\.0 s.*2\.00x.*≤ 1\.3x MISSED/)
    expect(lines[3]).toMatch(/export: file size.*not available.*45\.0 KB/)
  })
})

describe('lighthouse figures', () => {
  const report = (score: number, lcp: number) => ({
    categories: { performance: { score: score / 100 } },
    audits: Object.fromEntries([['first-contentful-paint', 900], ['largest-contentful-paint', lcp], ['total-blocking-time', 120], ['speed-index', 1000], ['cumulative-layout-shift', 0]].map(([id, value]) => [id, { numericValue: value }])),
  })

  it('reads the score and the metrics from a report, and names what a report lacks', () => {
    expect(lighthouseRun(report(97, 1400))).toEqual({ score: 97, fcpMs: 900, lcpMs: 1400, tbtMs: 120, speedIndexMs: 1000, cls: 0 })
    expect(() => lighthouseRun({ audits: {} })).toThrow(/no performance score/)
    expect(() => lighthouseRun({ categories: { performance: { score: 0.9 } }, audits: {} })).toThrow(/"first-contentful-paint"/)
  })

  it('gives median and spread of each figure, and judges the aims on the medians', () => {
    const met = summarizeLighthouse([report(94, 1600), report(96, 1400), report(99, 1300)].map(lighthouseRun))
    expect(met.lines[0]).toBe('performance score: median 96 (lowest 94, highest 99)')
    expect(met.lines[2]).toBe('largest contentful paint: median 1400 ms (lowest 1300 ms, highest 1600 ms)')
    expect(met.met).toBe(true)
    const missed = summarizeLighthouse([report(96, 1600), report(94, 1400), report(93, 1600)].map(lighthouseRun))
    expect(missed.lines.at(-1)).toBe('aims: score ≥ 95 MISSED, largest contentful paint ≤ 1500 ms MISSED')
    expect(missed.met).toBe(false)
  })
})

describe('baseline deck', () => {
  const slides = [
    { title: 'The Development of The Japan-US Alliance', lines: ['Peking University', '15 October 2009'] },
    { title: 'Article V', lines: ['Each Party recognizes that an armed attack <against> either Party {{ x }} *is* #1 | [link]'] },
    { title: '', lines: [] },
  ]

  it('has one slide per slide of ours, with the same text', async () => {
    const markdown = baselineMarkdown(slides)
    const parsed = await parse(markdown, 'slides.md')
    expect(parsed.slides).toHaveLength(3)
    expect(parsed.slides[0]!.frontmatter).toMatchObject({ theme: 'default', fonts: { provider: 'none' } })
    expect(parsed.slides[1]!.title).toBe('Article V')
    expect(parsed.slides[1]!.content).toContain('- Each Party recognizes that an armed attack')
  })

  it('escapes what Markdown or Vue would otherwise interpret', () => {
    const escaped = escapeText('<b> {{ x }} *a* _b_ #1 | [c]')
    expect(escaped).not.toMatch(/[<>{}]/)
    expect(escaped).toContain('\\*a\\*')
    expect(escaped).toContain('\\[c\\]')
  })
})
