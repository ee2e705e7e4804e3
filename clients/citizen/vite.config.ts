import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstScreenBudget } from './scripts/size.mjs';

const defaultOutDir = fileURLToPath(new URL('./dist', import.meta.url));
const backend = 'http://127.0.0.1:8080';

// dist/.gitkeep is committed so that the Go binary can embed dist/ before the app is built; Vite's emptyOutDir
// would delete it, so we empty the folder ourselves and keep that one file. A private --outDir is emptied too.
function cleanOutDirKeepingGitkeep(): Plugin {
  let outDir = defaultOutDir;
  return {
    name: 'kakanai:clean-outdir',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    buildStart() {
      if (!existsSync(outDir)) mkdirSync(outDir, { recursive: true });
      for (const entry of readdirSync(outDir)) {
        if (entry !== '.gitkeep') rmSync(join(outDir, entry), { recursive: true, force: true });
      }
      writeFileSync(join(outDir, '.gitkeep'), '');
    },
  };
}

export default defineConfig({
  base: '/citizen/',
  plugins: [
    react(),
    tailwindcss(),
    cleanOutDirKeepingGitkeep(),
    firstScreenBudget(),
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script-defer',
      scope: '/citizen/',
      base: '/citizen/',
      manifest: {
        id: '/citizen/',
        name: '手続きナビ',
        short_name: '手続きナビ',
        description: '引っ越しや出生などの手続きで、必要な届出・持ち物・窓口を案内します。',
        lang: 'ja',
        start_url: '/citizen/',
        scope: '/citizen/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0017c1',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell only. LIFF and its mock are fetched when LINE opens the app, never precached.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest}'],
        globIgnores: ['assets/line-*.js'],
        navigateFallback: '/citizen/index.html',
        navigateFallbackAllowlist: [/^\/citizen\//],
        cleanupOutdatedCaches: true,
        runtimeCaching: [
          {
            // The city's settings and flows: fresh when online, the last copy when offline (no personal data in it).
            urlPattern: ({ url }) => /^\/api\/citizen\/(tenants|[^/]+\/config)$/.test(url.pathname),
            handler: 'NetworkFirst',
            options: { cacheName: 'citizen-config', networkTimeoutSeconds: 4, expiration: { maxEntries: 8 } },
          },
          {
            // The city's emblem and picture; postal, kana, visits and LINE calls are never cached (personal data).
            urlPattern: ({ request, url }) =>
              request.destination === 'image' && url.pathname.startsWith('/api/citizen/') && !url.pathname.endsWith('/qr.png'),
            handler: 'StaleWhileRevalidate',
            options: { cacheName: 'citizen-images', expiration: { maxEntries: 8 } },
          },
        ],
      },
    }),
  ],
  build: {
    outDir: defaultOutDir,
    emptyOutDir: false,
    assetsDir: 'assets',
    sourcemap: false,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // LINE's SDK and its test mock get a name the service worker's precache list can leave out.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/@line/')) ? 'assets/line-[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5174,
    strictPort: true,
    proxy: { '/api': { target: backend, changeOrigin: false } },
  },
  preview: {
    host: '127.0.0.1',
    proxy: { '/api': { target: backend, changeOrigin: false } },
  },
});
