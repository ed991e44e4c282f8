// State shared by the deck's study aids (search dialog, nav buttons, shortcuts), which live in
// different parts of Slidev's app.
import type { SearchEntry } from './search'
import { ref, shallowRef } from 'vue'

/** Whether the deck's search dialog is open. */
export const searchOpen = ref(false)

/** The search index, loaded the first time search is opened. */
export const lectureIndex = shallowRef<SearchEntry[] | null>(null)
