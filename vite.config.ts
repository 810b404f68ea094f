import { schemeBuPu, schemeOrRd, schemePuBu, schemePuRd, schemeRdBu } from 'd3-scale-chromatic';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { precompress } from './scripts/precompress.ts';

const DESCRIPTION = "Map of England's 44 NHS STP footprints and 209 CCGs in 2016/17, with per-area metrics and reorganisation events.";

export default defineConfig({
  // Relative base so dist/ works from any static path, e.g. served under /atlas/.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1100,
  },
  // The ColorBrewer schemes the map uses, read from d3-scale-chromatic when the app is built
  // (src/domain/colorbrewer.ts). Imported at run time, its one bundled file brought every scheme
  // and d3-interpolate and d3-color with it: their top-level calls cannot be tree-shaken, and they
  // were 7.0 kB gzipped of the first load.
  define: {
    __COLORBREWER__: JSON.stringify({ BuPu: schemeBuPu, OrRd: schemeOrRd, PuBu: schemePuBu, PuRd: schemePuRd, RdBu: schemeRdBu }),
  },
  plugins: [
    // Offline after the first visit, and installable: a Workbox service worker precaches the app
    // shell, every lazy chunk, the geometry and the metrics under one revisioned manifest. A new
    // deployment installs beside the old one and takes over only when no page of the old one is
    // open ('prompt', no skipWaiting), so a reader never gets old code with new data. The page
    // registers it itself once the map is drawn (src/offline/register.ts), not at the load event.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'STP Atlas',
        short_name: 'STP Atlas',
        description: DESCRIPTION,
        lang: 'en-GB',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0a58ca',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,json,png}'],
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
      },
    }),
    // dist/ ships .br and .gz beside each text file, for hosts that serve them as they are.
    precompress(),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['data/lib/shared-notice.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
