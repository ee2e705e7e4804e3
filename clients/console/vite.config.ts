import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, type Plugin } from 'vite';

const outDir = fileURLToPath(new URL('./dist', import.meta.url));
const backend = 'http://127.0.0.1:8080';

// dist/.gitkeep is committed so that the Go binary can embed dist/ before the console is built;
// Vite's emptyOutDir would delete it, so we empty the folder ourselves and keep that one file. The folder is the
// resolved one, so that `vite build --outDir elsewhere` leaves the embedded build alone.
function cleanOutDirKeepingGitkeep(): Plugin {
  let target = outDir;
  return {
    name: 'kakanai:clean-outdir',
    apply: 'build',
    configResolved(config) {
      target = config.build.outDir;
    },
    buildStart() {
      mkdirSync(target, { recursive: true });
      for (const entry of readdirSync(target)) {
        if (entry !== '.gitkeep') rmSync(join(target, entry), { recursive: true, force: true });
      }
      writeFileSync(join(target, '.gitkeep'), '');
    },
  };
}

// @fontsource lists a WOFF fallback beside every WOFF2 file and Cyrillic/Vietnamese faces we never show.
// Every browser we support reads WOFF2, so dropping the rest halves what the binary embeds.
function fontsourceWoff2Only(): Plugin {
  return {
    name: 'kakanai:fontsource-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource\/[^/]+\/\d+\.css$/.test(id)) return null;
      const faces = code
        .split(/(?=\/\* )/)
        .filter((face) => !/-(cyrillic|vietnamese)-\d+-normal \*\//.test(face))
        .map((face) => face.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, ''));
      return { code: faces.join(''), map: null };
    },
  };
}

export default defineConfig({
  base: '/',
  plugins: [react(), tailwindcss(), fontsourceWoff2Only(), cleanOutDirKeepingGitkeep()],
  build: {
    outDir,
    emptyOutDir: false,
    assetsDir: 'assets',
    // Fonts are split by unicode-range into many small files; never inline them into the CSS.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
  preview: {
    host: '127.0.0.1',
    proxy: {
      '/graphql': { target: backend, changeOrigin: false },
      '/healthz': { target: backend, changeOrigin: false },
    },
  },
});
