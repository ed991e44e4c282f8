// English text with Japanese or Chinese in it (a source's title, where in it a rendering was read):
// each run of Chinese characters or kana is marked with its language, so that it is read and set as such.
import { defineComponent, h } from 'vue'

/** Runs of kana, CJK ideographs and full-width forms, with the punctuation and digits between them. */
const CJK_RUN = /[\u3000-\u30FF\u3400-\u9FFF\uFF00-\uFFEF](?:[\s\d()（）「」、。・:~!?]*[\u3000-\u30FF\u3400-\u9FFF\uFF00-\uFFEF])*/g

export interface Run {
  text: string
  cjk: boolean
}

export function cjkRuns(text: string): Run[] {
  const runs: Run[] = []
  let at = 0
  for (const match of text.matchAll(CJK_RUN)) {
    if (match.index > at)
      runs.push({ text: text.slice(at, match.index), cjk: false })
    runs.push({ text: match[0], cjk: true })
    at = match.index + match[0].length
  }
  if (at < text.length)
    runs.push({ text: text.slice(at), cjk: false })
  return runs
}

/** `<MixedText text="…" lang="ja" />`: the text, its CJK runs in `<span lang>`. */
export const MixedText = defineComponent({
  props: {
    text: { type: String, required: true },
    lang: { type: String, required: true },
  },
  setup: props => () => cjkRuns(props.text).map(run => run.cjk ? h('span', { lang: props.lang }, run.text) : run.text),
})
