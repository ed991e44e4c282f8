import { fileURLToPath } from 'node:url'
import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

// Two kinds of test, run as separate projects:
// - unit: data, components (mounted in happy-dom) and the deck's Markdown, no browser;
// - browser: the built deck (and its exports) in real headless Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [vue()],
        // In unit tests the map's drawing is computed in the test's own process (the build serves it
        // as a virtual module, node/vite/realignment-map.ts).
        resolve: { alias: { 'virtual:realignment-map': fileURLToPath(new URL('./node/map/geometry.ts', import.meta.url)) } },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'happy-dom',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
})
