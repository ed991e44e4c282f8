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
