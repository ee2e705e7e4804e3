// Budget for the first screen: the JavaScript a resident's phone must download before the start screen shows
// (the entry chunk and everything it imports statically) must stay at or under 150 KB gzipped, and LINE's SDK must
// not be part of it. Runs as a Vite plugin after every `vite build`, whatever --outDir is.
import { gzipSync } from 'node:zlib';

export const budgetBytes = 150 * 1024;

/**
 * @param {number} n
 * @returns {string}
 */
function kb(n) {
  return `${(n / 1024).toFixed(1)} KB`;
}

/**
 * @returns {import('vite').Plugin}
 */
export function firstScreenBudget() {
  return {
    name: 'kakanai:first-screen-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      /** @type {Map<string, import('vite').Rollup.OutputChunk>} */
      const chunks = new Map();
      for (const [name, out] of Object.entries(bundle)) if (out.type === 'chunk') chunks.set(name, out);
      const entry = [...chunks.values()].find((c) => c.isEntry);
      if (!entry) return;
      /** @type {Set<string>} */
      const first = new Set();
      /** @param {string} name */
      const walk = (name) => {
        if (first.has(name)) return;
        const c = chunks.get(name);
        if (!c) return;
        first.add(name);
        for (const i of c.imports) walk(i);
      };
      walk(entry.fileName);
      let total = 0;
      const lines = [];
      for (const name of first) {
        const c = chunks.get(name);
        if (!c) continue;
        const gz = gzipSync(c.code, { level: 9 }).length;
        total += gz;
        lines.push(`  ${name}  ${kb(gz)} gzipped`);
        const liff = Object.keys(c.modules).find((m) => m.includes('/@line/liff'));
        if (liff) this.error(`first-screen chunk ${name} contains ${liff}: LIFF must be loaded on demand`);
      }
      console.log(`\nfirst-screen JavaScript: ${kb(total)} gzipped (budget ${kb(budgetBytes)})\n${lines.join('\n')}`);
      if (total > budgetBytes) this.error(`first-screen JavaScript is ${kb(total)} gzipped, over the ${kb(budgetBytes)} budget`);
    },
  };
}
