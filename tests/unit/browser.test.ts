// Finding a browser for export and the browser tests: the order of the places looked in, and the
// message when there is none.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BrowserNotFoundError, ENV_VAR, findBrowser } from '../../node/browser'

const dir = mkdtempSync(join(tmpdir(), 'browser-finder-'))
const named = join(dir, 'named-chrome')
const installed = join(dir, 'installed-chromium')
const playwrights = join(dir, 'playwright-chromium')
for (const file of [named, installed, playwrights])
  writeFileSync(file, '')

const none = async () => undefined
const own = async () => playwrights

describe('findBrowser', () => {
  it('takes the browser named by the environment first', async () => {
    expect(await findBrowser({ [ENV_VAR]: named }, [installed], own)).toEqual({ path: named, source: ENV_VAR })
  })

  it('then Playwright\'s own, then an installed one', async () => {
    expect(await findBrowser({}, [installed], own)).toEqual({ path: playwrights, source: 'Playwright' })
    expect(await findBrowser({}, [join(dir, 'absent'), installed], none)).toEqual({ path: installed, source: 'installed' })
  })

  it('says how to get one when there is none', async () => {
    const error = await findBrowser({}, [join(dir, 'absent')], none).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BrowserNotFoundError)
    expect((error as Error).message).toMatch(/No Chrome or Chromium was found/)
    expect((error as Error).message).toContain(`set ${ENV_VAR}`)
    expect((error as Error).message).toContain('apt-get install -y chromium')
  })

  it('does not fall back when the named browser is missing', async () => {
    await expect(findBrowser({ [ENV_VAR]: join(dir, 'typo') }, [installed], own))
      .rejects
      .toThrow(new RegExp(`${ENV_VAR} is set to ".*typo", but there is no file there`))
  })
})
