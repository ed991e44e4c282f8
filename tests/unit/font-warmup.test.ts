import type { WarmableFace } from '../../app/slidev/font-warmup'
import { describe, expect, it, vi } from 'vitest'
import { facesToWarm, warmFonts } from '../../app/slidev/font-warmup'

const LATIN = 'U+0-FF, U+131'

function face(family: string, status: FontFaceLoadStatus, load = vi.fn(async () => undefined), unicodeRange = LATIN): WarmableFace & { load: typeof load } {
  return { family, unicodeRange, status, load }
}

describe('font warm-up', () => {
  it('picks the unloaded faces of the families in use, and only those', () => {
    const faces = [
      face('Source Sans 3', 'loaded'),
      face('Source Sans 3', 'unloaded'),
      face('Source Serif 4', 'loading'),
      face('Source Serif 4', 'unloaded'),
      face('Source Sans 3 Variable', 'unloaded'),
      face('Source Sans 3', 'error'),
    ]
    expect(facesToWarm(faces)).toEqual([faces[1], faces[3]])
  })

  it('picks, of a font split by unicode-range, only the other faces of the parts in use', () => {
    const part = (range: string, status: FontFaceLoadStatus, weight = 400) => ({ ...face('Noto Sans JP', status, undefined, range), weight })
    const faces = [
      part('U+4E00-4E0A', 'loaded'),
      part('U+4E00-4E0A', 'unloaded', 700),
      part('U+4E0B-4E20', 'unloaded'),
      part('U+3040-309F', 'unloaded'),
    ]
    expect(facesToWarm(faces)).toEqual([faces[1]])
  })

  it('picks nothing before any face is in use', () => {
    expect(facesToWarm([face('Source Sans 3', 'unloaded')])).toEqual([])
  })

  it('waits for the fonts in flight, then starts loading, and survives a face that fails', async () => {
    let release!: () => void
    const ready = new Promise<void>(done => release = done)
    const failing = face('Source Serif 4', 'unloaded', vi.fn(async () => {
      throw new Error('offline')
    }))
    const pending = face('Source Sans 3', 'unloaded')
    const fonts = Object.assign([face('Source Sans 3', 'loaded'), face('Source Serif 4', 'loaded'), failing, pending], { ready })
    const warming = warmFonts(fonts)
    await Promise.resolve()
    expect(pending.load).not.toHaveBeenCalled()
    release()
    await expect(warming).resolves.toBe(2)
    expect(pending.load).toHaveBeenCalledOnce()
    expect(failing.load).toHaveBeenCalledOnce()
  })
})
