// The lists of data/ and their ids. Each id type is derived from its list (`type SourceId =
// (typeof sources)[number]['id']`), so adding an entry is one edit and a wrong id fails the type check;
// `byId` is the one lookup, for an id that comes from outside the code (slides.md, an address, a poll).

/** A list of data/, carrying the name of what its entries are (`treaty article`) for messages. */
export type List<E extends { id: string }> = E[] & { readonly kind: string }

/**
 * A list of entries of type T, each with the id it is written with: `listOf<Source>('source')([...])`.
 * The entries are checked against T; the ids are kept as written, for the list's id type.
 */
export function listOf<T extends { id: string }>(kind: string) {
  return <const Id extends string>(entries: Array<T & { id: Id }>): List<T & { id: Id }> =>
    Object.defineProperty(entries, 'kind', { value: kind }) as List<T & { id: Id }>
}

/** Entries of type T by key, each with its key as its `id` (a wrong one fails the type check). */
export function keyed<T extends { id: string }>() {
  return <const E extends { [K in keyof E]: T & { id: K } }>(entries: E): { readonly [K in keyof E]: T & { id: K } } => entries
}

/** The entry of `list` with this id; an unknown id fails with one line naming it and the known ones. */
export function byId<E extends { id: string }>(list: List<E>, id: string): E {
  const found = list.find(entry => entry.id === id)
  if (!found)
    throw new Error(`Unknown ${list.kind} "${id}". Known: ${list.map(entry => entry.id).join(', ')}`)
  return found
}

/** Whether `id` is the id of an entry of `list`. */
export function hasId<E extends { id: string }>(list: readonly E[], id: string): id is E['id'] {
  return list.some(entry => entry.id === id)
}
