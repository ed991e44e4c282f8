// @vitest-environment node
// The command lines of `npm run export`, `npm run handout` and `npm run bench`: options read by
// node:util's parseArgs, and wrong input stopped with one line and exit code 1 before any browser starts.
// CHROMIUM_PATH names no file in the scripts run here: a script that reached for a browser would stop
// with the "no browser" message instead of the one asserted.
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, describe, expect, it } from 'vitest'
import { PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { checkOutput, writeAtomically } from '../../node/files'
import { parseOptions, UsageError, wholeNumber } from '../../scripts/args'

const tmp = mkdtempSync(join(tmpdir(), 'cli-test-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const aFile = join(tmp, 'a-file')
writeFileSync(aFile, '')

interface Run { code: number | null, stdout: string, stderr: string }

function run(script: string, args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), `scripts/${script}.ts`, ...args], {
      cwd: ROOT,
      env: { ...process.env, CHROMIUM_PATH: join(tmp, 'no-such-chromium') },
      timeout: 60_000,
    }, (error, stdout, stderr) => done({ code: error ? (error.code as number | null) : 0, stdout, stderr }))
  })
}

/** Exit code 1 and one line on stderr, without a stack trace. */
async function expectOneLineError(script: string, args: string[], message: RegExp): Promise<void> {
  const result = await run(script, args)
  expect(result.code, result.stderr).toBe(1)
  const lines = result.stderr.trim().split('\n')
  expect(lines, result.stderr).toHaveLength(1)
  expect(lines[0]).toMatch(message)
  expect(result.stderr).not.toMatch(/^\s+at /m)
}

describe('parseOptions', () => {
  const options = { output: { type: 'string' }, keep: { type: 'boolean' } } as const
  const usage = 'tool [--output F] [--keep]'

  it('reads --name value, --name=value and flags', () => {
    expect(parseOptions(['--output', 'a.pdf', '--keep'], options, usage)).toEqual({ output: 'a.pdf', keep: true })
    expect(parseOptions(['--output=b.pdf'], options, usage)).toEqual({ output: 'b.pdf' })
    expect(parseOptions([], options, usage)).toEqual({})
  })

  it('turns every mistake into one line that ends with the usage', () => {
    const cases: [string[], string][] = [
      [['--fast'], 'Unknown option "--fast".'],
      [['-x'], 'Unknown option "-x".'],
      [['--output'], 'Option --output needs a value.'],
      [['--keep=yes'], 'Option --keep takes no value.'],
      [['slides.pdf'], 'Unexpected argument "slides.pdf".'],
    ]
    for (const [argv, message] of cases) {
      const error = (() => {
        try {
          parseOptions(argv, options, usage)
        }
        catch (e) {
          return e as Error
        }
      })()
      expect(error, argv.join(' ')).toBeInstanceOf(UsageError)
      expect(error!.message).toBe(`${message} Usage: ${usage}`)
    }
  })

  it('checks whole numbers against their range', () => {
    expect(wholeNumber('n', '3', { min: 1, max: 4 }, usage)).toBe(3)
    expect(wholeNumber('n', undefined, { min: 1, max: 4 }, usage)).toBeUndefined()
    for (const raw of ['0', '5', '2.5', 'two', ''])
      expect(() => wholeNumber('n', raw, { min: 1, max: 4 }, usage), raw).toThrow(`Option --n takes a whole number from 1 to 4, not "${raw}".`)
  })
})

describe('--output', () => {
  it('may name folders that do not exist yet: they are made when the PDF is written', async () => {
    const file = join(tmp, 'new', 'folder', 'out.pdf')
    await expect(checkOutput(file)).resolves.toBeUndefined()
    await writeAtomically(file, new Uint8Array([37, 80, 68, 70]))
    expect(readFileSync(file, 'utf8')).toBe('%PDF')
  })

  it('refuses a folder, or a path through a file', async () => {
    mkdirSync(join(tmp, 'folder'), { recursive: true })
    await expect(checkOutput(join(tmp, 'folder'))).rejects.toThrow(/is a folder/)
    await expect(checkOutput(join(aFile, 'sub', 'out.pdf'))).rejects.toThrow(`${aFile} is a file, not a folder`)
  })
})

describe('npm run handout and npm run export stop with one line and exit code 1', { timeout: 120_000 }, () => {
  it('when --output cannot be written', async () => {
    await expectOneLineError('export', ['--output', join(aFile, 'slides.pdf')], /^--output .* cannot be written: .*a-file is a file, not a folder\.$/)
    await expectOneLineError('handout', ['--output', join(aFile, 'out', 'handout.pdf')], /is a file, not a folder\.$/)
  })

  it('when --output lies where no file can be made, as under /proc, at once (it used to build first, or hang)', async () => {
    await expectOneLineError('export', ['--output', '/proc/x.pdf'], /^--output \/proc\/x\.pdf cannot be written: no file can be made in \/proc \(/)
    await expectOneLineError('handout', ['--output', '/proc/bars/x.pdf'], /^--output \/proc\/bars\/x\.pdf cannot be written: no file can be made in \/proc \(/)
    await expectOneLineError('pptx', ['--output', '/proc/x.pptx'], /^--output \/proc\/x\.pptx cannot be written/)
  })

  it('npm run build checks its folders and options before any work', async () => {
    await expectOneLineError('build', ['--out', '/proc/site'], /^--out \/proc\/site cannot be written: no file can be made in \/proc \(/)
    await expectOneLineError('build', ['--exports', join(aFile, 'exports')], /^--exports .*a-file\/exports cannot be written: .*a-file is a file, not a folder\.$/)
    await expectOneLineError('build', ['--per-page', '9'], /^Option --per-page takes a whole number from 1 to 4, not "9"\./)
    await expectOneLineError('build', ['--site-url', 'ftp://host/'], /site-url/)
  })

  it('for unknown options and bad values', async () => {
    await expectOneLineError('export', ['--fast'], /^Unknown option "--fast"\. Usage: npm run export -- \[--output <file\.pdf>\]/)
    await expectOneLineError('handout', ['--per-page', '5'], /^Option --per-page takes a whole number from 1 to 4, not "5"\. Usage: npm run handout/)
    // The handout prints this project's site: the options of the one that drew from a slides PDF are gone.
    await expectOneLineError('handout', ['--slides', 'slides.pdf'], /^Unknown option "--slides"\./)
  })
})
