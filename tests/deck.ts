// The deck as Slidev's own parser reads it, for tests and scripts that need its structure.
import type { LoadedSlidevData } from '@slidev/parser/fs'
import { resolve } from 'node:path'
import { load } from '@slidev/parser/fs'

export const ROOT = resolve(import.meta.dirname, '..')

export async function loadDeck(file = resolve(ROOT, 'slides.md')): Promise<LoadedSlidevData> {
  return load({ userRoot: ROOT, roots: [ROOT] }, file)
}
