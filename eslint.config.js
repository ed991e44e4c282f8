// @antfu/eslint-config's helper eslint-flat-config-utils calls Object.groupBy, which Node gains in 21;
// this project runs on Node 20, so the config supplies it before loading the preset.
if (!Object.groupBy) {
  Object.groupBy = (items, key) => {
    const groups = Object.create(null)
    let index = 0
    for (const item of items)
      (groups[key(item, index++)] ??= []).push(item)
    return groups
  }
}

const { default: antfu } = await import('@antfu/eslint-config')

export default antfu({
  vue: true,
  typescript: true,
  // Markdown linting would reformat the lecture text in slides.md and the source fixture.
  markdown: false,
  ignores: ['dist/**', 'exports/**', '.bench/**', 'tests/fixtures/**', 'components.d.ts'],
}, {
  // Browser tests read Playwright's locator.innerText() on purpose: the text as rendered, as a viewer sees it.
  files: ['tests/browser/**'],
  rules: { 'unicorn/prefer-dom-node-text-content': 'off' },
}, {
  // The bench's command line prints its table and runs at the top level, as the scripts in scripts/ do
  // (antfu's config exempts scripts/), and so does a worker thread's module.
  files: ['bench/bench.ts', 'bench/search.ts', 'bench/lighthouse.ts', 'node/**/*-worker.mjs'],
  rules: { 'no-console': 'off', 'antfu/no-top-level-await': 'off' },
})
