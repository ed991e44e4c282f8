// What the deck's own code uses of Slidev's client, typed here. `@slidev/client` ships as TypeScript
// source written for looser compiler settings than this project's, so tsconfig maps the import to this
// file for type checking only; Vite still loads the real module.
import type { DefineComponent, Directive, Ref } from 'vue'

export interface SlideRouteLike {
  no: number
  meta: { slide?: { frontmatter: Record<string, unknown>, title?: string, note?: string, noteHTML?: string } }
  /** Loads the slide's module; resolves once its component can render without waiting. */
  load?: () => Promise<unknown>
}

export interface SlideContext {
  $page: Ref<number>
  $frontmatter: Record<string, unknown>
  $renderContext: Ref<'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'>
  $clicks: Ref<number>
  $nav: Ref<{ slides: SlideRouteLike[], total: number, currentPage: number }>
  /** How much the slide is scaled where it is shown (small in the presenter's and the overview's copies). */
  $scale: Ref<number>
}

export function useSlideContext(): SlideContext

/** The deck's navigation (shared by every page of the app). */
export interface SlidevNav {
  slides: Ref<SlideRouteLike[]>
  total: Ref<number>
  currentSlideNo: Ref<number>
  isPrintMode: Ref<boolean>
  isPlaying: Ref<boolean>
  /** The current slide's click. */
  clicks: Ref<number>
  go: (no: number | string, clicks?: number) => Promise<void>
}

export function useNav(): SlidevNav

declare module 'vue' {
  interface GlobalComponents {
    /** Slidev's link to a slide number or route alias. */
    Link: DefineComponent<{ to: number | string, title?: string }>
  }
  interface GlobalDirectives {
    /** Slidev's click-to-reveal; `false` turns it off. */
    vClick: Directive<HTMLElement, boolean | number | string | null | undefined>
  }
}
