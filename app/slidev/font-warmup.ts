// The browser fetches a font face only when a slide first draws text with it, and that slide then waits
// for the face (visibly, on each slide that is the first to use a new weight or style). Once the first slide is shown, the deck loads the other faces of the font families
// already in use, in the background; families nothing has used stay unloaded. A font split by
// unicode-range (the CJK fonts, about a hundred parts each) warms only the other faces of the parts in
// use: a part is needed only where a page shows one of its characters.

/** What the warm-up needs of a FontFace. */
export interface WarmableFace {
  family: string
  unicodeRange: string
  status: FontFaceLoadStatus
  load: () => Promise<unknown>
}

/** The faces not loaded yet of the families, and the parts of them, that have a face loaded or loading. */
export function facesToWarm<T extends Pick<WarmableFace, 'family' | 'unicodeRange' | 'status'>>(faces: Iterable<T>): T[] {
  const all = [...faces]
  const key = (face: T): string => `${face.family}\n${face.unicodeRange}`
  const used = new Set(all.filter(face => face.status !== 'unloaded').map(key))
  return all.filter(face => face.status === 'unloaded' && used.has(key(face)))
}

/** Waits for the fonts in flight, then loads the faces `facesToWarm` picks; the number it started. */
export async function warmFonts(fonts: Iterable<WarmableFace> & { ready: Promise<unknown> }): Promise<number> {
  await fonts.ready
  const faces = facesToWarm(fonts)
  // A face that fails to load is fetched again, as before, when a slide needs it.
  for (const face of faces)
    face.load().catch(() => {})
  return faces.length
}
