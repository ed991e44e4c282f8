// The export checks its own result: a deck with a blank slide and a slide that fails to compile is
// refused with a message naming both, and nothing is left under the output name.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { exportOutput } from '../../node/build/build'
import { PROJECT_ROOT as ROOT } from '../../node/deck/deck'
import { ExportCheckError } from '../../node/errors'

// Inside the project (git-ignored), so that the deck finds Slidev and its theme in node_modules.
const dir = resolve(ROOT, 'exports/.test-decks/broken')
const BROKEN_DECK = `---
title: A broken deck
fonts:
  provider: none
---

# A good slide

Some text on it.

---

<!-- This slide is left empty on purpose. -->

---

# A slide that does not compile

<div>{{ missing( }}</div>
`

afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('refuses a blank page and Slidev\'s error box, and writes nothing', async () => {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'slides.md'), BROKEN_DECK)
  const output = join(dir, 'broken.pdf')
  const error = await exportOutput('slides', { entry: join(dir, 'slides.md'), output, timeout: 60_000 }).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ExportCheckError)
  const { problems, message } = error as ExportCheckError
  expect(message).toContain('The slides export failed its check')
  expect(problems.some(p => /^page 2 .* is blank/.test(p)), problems.join('\n')).toBe(true)
  expect(problems.some(p => /^page 3 .*error box/.test(p)), problems.join('\n')).toBe(true)
  expect(problems.some(p => p.startsWith('page 1 ')), problems.join('\n')).toBe(false)
  expect(existsSync(output)).toBe(false)
  expect(readdirSync(dir).filter(f => f.endsWith('.pdf') || f.endsWith('.partial'))).toEqual([])
})
