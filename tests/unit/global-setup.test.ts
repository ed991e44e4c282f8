// @vitest-environment node
// The browser tests build the site first (tests/browser/global-setup.ts); when the build fails they stop
// with the build's own message, not with "Command failed" or "No test files found".
import { describe, expect, it } from 'vitest'
import { build } from '../browser/global-setup'

describe('the browser tests\' build', () => {
  it('stops with the build\'s own one-line message', () => {
    expect(() => build(['--per-page', '9'])).toThrow(/^npm run build failed, so no browser test can run:\nOption --per-page takes a whole number from 1 to 4, not "9"\./)
  })
})
