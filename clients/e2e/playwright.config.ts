import { defineConfig, devices } from '@playwright/test';

// Browsers are never downloaded: Debian's Chromium is driven through executablePath. By default its headless shell
// (package chromium-headless-shell, built from the same source as chromium, and the build Playwright itself runs
// headless tests on): the same Blink and V8 at about 40 % less CPU than the full browser in headless mode, which on
// a two-core VM is a fifth of the browser tests' time. CHROMIUM_PATH=/usr/bin/chromium runs the suite in the full browser.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell';

const browser = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
};

/**
 * Specs that change what every other spec sees: the city's settings (base colour, LINE channel, navigations, QR
 * keys, the layout that prints, OCR templates, 定型文, masks), or that count everything open today (本日の受付) or
 * every visit (アクセス数).
 */
const tenantWide = [
  'admin.spec.ts',
  'admin-layouts.spec.ts',
  'citizen-a11y.spec.ts',
  'citizen-admin.spec.ts',
  'citizen-liff.spec.ts',
  'ocr-sample.spec.ts',
  'today.spec.ts',
].map((f) => `**/${f}`);

export default defineConfig({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  // One server for the whole run. Two workers (the project's VM has two cores): each spec names what it adds
  // uniquely, so the specs of the first project run side by side; the second runs alone afterwards.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // A guard against a hang, not a measure: the slowest specs that keep this default take ~12 s under two workers
  // on the project's VM, so a VM half as fast stays well inside it (the slowest flows set their own, 60–120 s).
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  outputDir: './test-results',
  use: {
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: tenantWide, use: browser },
    // Runs once every spec above has finished, one spec at a time, so nothing it changes for the whole city is
    // seen half-changed by another spec. (Should a spec above fail, these are reported as not run.)
    { name: 'tenant-wide', testMatch: tenantWide, dependencies: ['chromium'], workers: 1, use: browser },
  ],
});
