// The static site (`npm run build`): a relative base, so the built site works under any path on any
// static host (routing is by hash), and Slidev's print view compiled in, which the build's PDFs are
// printed from (node/pdf/slides.ts).
import type { Plugin } from 'vite'

export function staticSite(): Plugin {
  let building = false
  return {
    name: 'lecture:static-site',
    config(_config, env) {
      building = env.command === 'build'
      // The bundler's report of its plugins' timings is not ours to act on: it buried the build's one line.
      return building ? { base: './', build: { rolldownOptions: { checks: { bundlerTimings: false } } } } : undefined
    },
    configResolved(config) {
      // Slidev compiles its print view (#/print) into a build only with `download` on, which would also
      // start Slidev's own export.
      if (building)
        (config.define as Record<string, string>).__SLIDEV_FEATURE_PRINT__ = 'true'
    },
  }
}
