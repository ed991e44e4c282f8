// State shared by the deck's study aids (search dialog, nav buttons, shortcuts), which live in
// different parts of Slidev's app.
import type { SearchEntry } from './search'
import { ref, shallowRef } from 'vue'

/** Whether the deck's search dialog is open. */
export const searchOpen = ref(false)

/** The search index, built once from the rendered slides the first time search is opened. */
export const lectureIndex = shallowRef<SearchEntry[] | null>(null)

/** Resolves once `check` holds (polled every 25 ms), or rejects after `timeout` ms. */
export function waitFor(check: () => boolean, timeout = 10_000): Promise<void> {
  const start = performance.now()
  return new Promise((resolve, reject) => {
    const poll = (): void => {
      if (check())
        resolve()
      else if (performance.now() - start > timeout)
        reject(new Error('Timed out while rendering the slides for the search index'))
      else
        setTimeout(poll, 25)
    }
    poll()
  })
}
