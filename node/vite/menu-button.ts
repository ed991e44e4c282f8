// Slidev's menu buttons (sync and settings, in the navigation bar) wrap their icon button in a second
// <button>: nested interactive controls (axe `nested-interactive`). The outer one becomes a <div>; the
// click on the inner button still reaches it.
import type { Plugin } from 'vite'

const MENU_BUTTON = /@slidev\/client\/internals\/MenuButton\.vue$/
const OUTER_BUTTON = /<button (:class="\{ disabled \}" @click="value = !value")>([\s\S]*?)<\/button>/

/** MenuButton.vue's source with its outer <button> made a <div>; unchanged when Slidev changed it. */
export function unnestMenuButton(source: string): string {
  return source.replace(OUTER_BUTTON, '<div $1>$2</div>')
}

export function menuButtonFix(): Plugin {
  return {
    name: 'lecture:unnest-menu-button',
    enforce: 'pre',
    transform(code, id) {
      return MENU_BUTTON.test(id) ? unnestMenuButton(code) : undefined
    },
  }
}
