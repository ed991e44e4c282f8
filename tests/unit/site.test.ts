// When export and handout must build the site first: dist/ missing, or older than a source.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { staleReason } from '../../node/build/build'

const root = mkdtempSync(join(tmpdir(), 'lecture-stale-'))
const dist = join(root, 'dist')
const at = (path: string, seconds: number): void => utimesSync(path, seconds, seconds)

afterAll(() => rmSync(root, { recursive: true, force: true }))

describe('staleReason', () => {
  it('finds a site never built', () => {
    expect(staleReason(dist, root, ['slides.md'])).toMatch(/has no built site/)
  })

  it('finds a source file, or a file deep in a source folder, changed after the build', () => {
    mkdirSync(join(root, 'components', 'deep'), { recursive: true })
    mkdirSync(dist)
    for (const [file, time] of [['slides.md', 1000], ['components/deep/A.vue', 1000], ['dist/index.html', 2000]] as const) {
      writeFileSync(join(root, file), '')
      at(join(root, file), time)
    }
    at(join(root, 'components', 'deep'), 1000)
    at(join(root, 'components'), 1000)
    expect(staleReason(dist, root, ['slides.md', 'components'])).toBeNull()
    at(join(root, 'components/deep/A.vue'), 3000)
    expect(staleReason(dist, root, ['slides.md', 'components'])).toBe(`components changed after ${dist} was built`)
    at(join(root, 'slides.md'), 3000)
    expect(staleReason(dist, root, ['slides.md', 'components', 'missing'])).toBe(`slides.md, components changed after ${dist} was built`)
  })
})
