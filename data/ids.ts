// The lists of data/ and their ids. Each id type is derived from its list (`type SourceId =
// (typeof sources)[number]['id']`), so adding an entry is one edit and a wrong id fails the type check.

/**
 * A list of entries of type T, each with the id it is written with: `listOf<Source>()([...])`. The
 * entries are checked against T; the ids are kept as written, for the list's id type.
 */
export function listOf<T extends { id: string }>() {
  return <const Id extends string>(list: Array<T & { id: Id }>): Array<T & { id: Id }> => list
}

/** Entries of type T by key, each with its key as its `id` (a wrong one fails the type check). */
export function keyed<T extends { id: string }>() {
  return <const E extends { [K in keyof E]: T & { id: K } }>(entries: E): { readonly [K in keyof E]: T & { id: K } } => entries
}
