import { expect, test } from './fixtures';
import { answerMainPath, citizenConfig, citizenURL, openStart } from './citizen-api';

// The citizen app is a PWA: a manifest, and a service worker that precaches the app shell and keeps the city's
// settings network-first, so the navigation works offline after the first visit; look-ups that carry personal
// data (postal code, kana, LINE) are never cached.

test('PWA: the manifest names 手続きナビ with PNG icons', async ({ page, server }) => {
  const res = await page.request.get(`${server.url}/citizen/manifest.webmanifest`);
  expect(res.status()).toBe(200);
  const m = (await res.json()) as { name: string; start_url: string; scope: string; icons: { src: string; type: string; sizes: string }[] };
  expect(m.name).toBe('手続きナビ');
  expect(m.scope).toBe('/citizen/');
  for (const size of ['192x192', '512x512']) {
    const icon = m.icons.find((i) => i.sizes === size && i.type === 'image/png');
    if (!icon) throw new Error(`no ${size} PNG icon`);
    const png = await page.request.get(`${server.url}/citizen/${icon.src}`);
    expect(png.status()).toBe(200);
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
  }
});

test('PWA: after the first visit the navigation works offline; postal look-ups are never cached', async ({ page, context, server }) => {
  const config = await citizenConfig(page, server.url);
  const tenkyo = config.flows.find((f) => f.id === 'tenkyo');
  if (!tenkyo) throw new Error('no tenkyo');
  await page.goto(citizenURL(server.url));
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first load happened before the worker took control: load once more so the config passes through it.
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByRole('heading', { level: 2, name: 'どの手続きですか' })).toBeVisible();
  await page.evaluate(async () => {
    await fetch('/api/citizen/402168/postal/8380141');
  });

  await context.setOffline(true);
  try {
    await openStart(page, server.url);
    await answerMainPath(page, tenkyo);
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      }
      return urls;
    });
    expect(cached).toContain('/api/citizen/402168/config');
    expect(cached.filter((u) => /\/(postal|kana|line|visits)\b/.test(u))).toEqual([]);
  } finally {
    await context.setOffline(false);
  }
});
