import { UsageError } from '../node/errors'
// Pure parts of the benchmark: options, medians, ratios and the printed table. No I/O here, so they are
// unit-tested without a browser (tests/unit/bench.test.ts).
import { parseOptions, wholeNumber } from '../scripts/args'

export interface BenchOptions {
  runs: number
  /** Keep the temporary folders for a look afterwards. */
  keep: boolean
  /** Where the JSON goes, relative to the project root. */
  out: string
}

export const USAGE = 'npm run bench -- [--runs N] [--quick] [--keep] [--out FILE]'

/** The command line of `npm run bench`; throws a UsageError with a one-line message when it is wrong. */
export function parseArgs(argv: string[]): BenchOptions {
  const values = parseOptions(argv, {
    runs: { type: 'string' },
    quick: { type: 'boolean' },
    keep: { type: 'boolean' },
    out: { type: 'string' },
  }, USAGE)
  if (values.quick && values.runs !== undefined)
    throw new UsageError(`--quick is one run; it does not go with --runs. Usage: ${USAGE}`)
  return {
    runs: values.quick ? 1 : wholeNumber('runs', values.runs, { min: 1, max: 20 }, USAGE) ?? 3,
    keep: values.keep ?? false,
    out: values.out ?? '.bench/results.json',
  }
}

export function median(values: number[]): number | null {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (sorted.length === 0)
    return null
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export function ratio(ours: number | null, baseline: number | null): number | null {
  if (ours === null || baseline === null || baseline === 0)
    return null
  return ours / baseline
}

export type Unit = 'ms' | 'bytes' | 'count'

/** A target from issue 6: compare ours (`value`) or the ratio to ours/baseline (`ratio`) with a limit. */
export interface Aim {
  kind: 'value' | 'ratio'
  max: number
}

/** One row of the table: the samples of every run, and their medians. */
export interface Metric {
  id: string
  label: string
  unit: Unit
  aim?: Aim
  /** No baseline equivalent (the handout): ratio stays empty. */
  oursOnly?: boolean
  /** Shown instead of a figure when ours could not be measured, e.g. "not available". */
  missing?: string
  samples: { ours: number[], baseline: number[] }
}

export interface MetricResult {
  id: string
  label: string
  unit: Unit
  ours: number | null
  baseline: number | null
  ratio: number | null
  aim: string | null
  /** Whether the aim was met; null without an aim or a figure. */
  met: boolean | null
  missing: string | null
  samples: { ours: number[], baseline: number[] }
}

export function describeAim(aim: Aim, unit: Unit): string {
  return aim.kind === 'ratio' ? `≤ ${aim.max}x` : `< ${formatValue(aim.max, unit)}`
}

export function summarize(metric: Metric): MetricResult {
  const ours = median(metric.samples.ours)
  const baseline = metric.oursOnly ? null : median(metric.samples.baseline)
  const r = ratio(ours, baseline)
  let met: boolean | null = null
  if (metric.aim) {
    const value = metric.aim.kind === 'ratio' ? r : ours
    if (value !== null)
      met = metric.aim.kind === 'ratio' ? value <= metric.aim.max : value < metric.aim.max
  }
  return {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    ours,
    baseline,
    ratio: r,
    aim: metric.aim ? describeAim(metric.aim, metric.unit) : null,
    met,
    missing: metric.missing ?? null,
    samples: metric.samples,
  }
}

export function formatValue(value: number | null, unit: Unit): string {
  if (value === null)
    return '—'
  if (unit === 'ms')
    return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`
  if (unit === 'bytes') {
    if (value >= 1024 * 1024)
      return `${(value / 1024 / 1024).toFixed(2)} MB`
    return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${Math.round(value)} B`
  }
  return String(Math.round(value * 10) / 10)
}

/** The table printed by `npm run bench`: one row per metric, columns padded to line up. */
export function formatTable(results: MetricResult[]): string {
  const header = ['metric', 'ours', 'baseline', 'ratio', 'aim']
  const rows = results.map(r => [
    r.label,
    r.ours === null && r.missing ? r.missing : formatValue(r.ours, r.unit),
    formatValue(r.baseline, r.unit),
    r.ratio === null ? '—' : `${r.ratio.toFixed(2)}x`,
    r.aim === null ? '' : `${r.aim} ${r.met === null ? '?' : r.met ? 'met' : 'MISSED'}`,
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map(row => row[i]!.length)))
  const line = (cells: string[]): string => `| ${cells.map((c, i) => i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)).join(' | ')} |`
  return [line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n')
}

/** The figures of one Lighthouse run (its JSON report): the score and the metrics it is made of. */
export interface LighthouseRun {
  /** The performance category's score, 0 to 100. */
  score: number
  fcpMs: number
  lcpMs: number
  tbtMs: number
  speedIndexMs: number
  cls: number
}

/** The aims for the reader edition on a phone (Lighthouse's mobile preset). */
export const LIGHTHOUSE_AIMS = { minScore: 95, maxLcpMs: 1500 }

/** Reads a Lighthouse JSON report; throws a one-line error naming what is missing. */
export function lighthouseRun(report: unknown): LighthouseRun {
  const r = report as { categories?: { performance?: { score?: number | null } }, audits?: Record<string, { numericValue?: number }> }
  const audit = (id: string): number => {
    const value = r.audits?.[id]?.numericValue
    if (typeof value !== 'number')
      throw new Error(`The Lighthouse report has no figure for "${id}": is it a report of the performance category?`)
    return value
  }
  const score = r.categories?.performance?.score
  if (typeof score !== 'number')
    throw new Error('The Lighthouse report has no performance score: run it with --only-categories=performance.')
  return {
    score: Math.round(score * 100),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    speedIndexMs: audit('speed-index'),
    cls: audit('cumulative-layout-shift'),
  }
}

/** Each figure over the runs: median and spread (lowest, highest), and whether the aims are met by the medians. */
export function summarizeLighthouse(runs: LighthouseRun[]): { lines: string[], met: boolean } {
  const keys: Array<[keyof LighthouseRun, string, Unit | 'score']> = [
    ['score', 'performance score', 'score'],
    ['fcpMs', 'first contentful paint', 'ms'],
    ['lcpMs', 'largest contentful paint', 'ms'],
    ['tbtMs', 'total blocking time', 'ms'],
    ['speedIndexMs', 'speed index', 'ms'],
    ['cls', 'cumulative layout shift', 'score'],
  ]
  const show = (value: number, unit: Unit | 'score'): string => unit === 'score' ? String(Math.round(value * 1000) / 1000) : formatValue(value, unit)
  const medians = Object.fromEntries(keys.map(([key]) => [key, median(runs.map(run => run[key]))])) as Record<keyof LighthouseRun, number | null>
  const lines = keys.map(([key, label, unit]) => {
    const values = runs.map(run => run[key])
    return `${label}: median ${show(medians[key]!, unit)} (lowest ${show(Math.min(...values), unit)}, highest ${show(Math.max(...values), unit)})`
  })
  const scoreMet = medians.score !== null && medians.score >= LIGHTHOUSE_AIMS.minScore
  const lcpMet = medians.lcpMs !== null && medians.lcpMs <= LIGHTHOUSE_AIMS.maxLcpMs
  lines.push(`aims: score ≥ ${LIGHTHOUSE_AIMS.minScore} ${scoreMet ? 'met' : 'MISSED'}, largest contentful paint ≤ ${formatValue(LIGHTHOUSE_AIMS.maxLcpMs, 'ms')} ${lcpMet ? 'met' : 'MISSED'}`)
  return { lines, met: scoreMet && lcpMet }
}
