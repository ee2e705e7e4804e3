import { type Page, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Helpers for the counter flow's specs: the GraphQL API as the logged-in page's session and generated specimens.

const here = dirname(fileURLToPath(import.meta.url));

type GraphQLResponse<T> = { data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[] };

async function csrfHeader(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === 'kakanai_csrf');
  return { 'X-Kakanai-CSRF': cookie ? decodeURIComponent(cookie.value) : '1' };
}

/** A GraphQL call with the page's session (cookie and CSRF header), failing the test on any error. */
export async function gql<T>(page: Page, baseURL: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post(`${baseURL}/graphql`, {
    headers: { ...(await csrfHeader(page)), 'Content-Type': 'application/json' },
    data: { query, variables },
  });
  expect(res.status(), await res.text()).toBe(200);
  const body = (await res.json()) as GraphQLResponse<T>;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data;
}

export async function openReception(page: Page, baseURL: string): Promise<{ id: string; confirmationNumber: string }> {
  const d = await gql<{ openReception: { id: string; confirmationNumber: string } }>(
    page,
    baseURL,
    'mutation { openReception { id confirmationNumber } }',
  );
  return d.openReception;
}

/** scanDocument through the GraphQL multipart request spec, as the console sends it. */
export async function scanDocument(
  page: Page,
  baseURL: string,
  receptionID: string,
  file: { name: string; mimeType: string; buffer: Buffer },
  documentType?: string,
): Promise<string> {
  const res = await page.request.post(`${baseURL}/graphql`, {
    headers: await csrfHeader(page),
    multipart: {
      operations: JSON.stringify({
        query: 'mutation($r: ID, $t: String, $f: Upload!) { scanDocument(receptionID: $r, documentType: $t, file: $f) { id } }',
        variables: { r: receptionID, t: documentType ?? null, f: null },
      }),
      // Not "0": an integer-like key would be sent before operations, which the spec requires first.
      map: JSON.stringify({ file: ['variables.f'] }),
      file,
    },
  });
  const body = (await res.json()) as GraphQLResponse<{ scanDocument: { id: string } }>;
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data.scanDocument.id;
}

/** Polls a document until OCR is done or failed. */
export async function waitForReading(page: Page, baseURL: string, id: string): Promise<string> {
  let status = '';
  await expect
    .poll(
      async () => {
        const d = await gql<{ node: { status: string } }>(page, baseURL, 'query($id: ID!) { node(id: $id) { ... on SourceDocument { status } } }', { id });
        status = d.node.status;
        return status === 'done' || status === 'failed';
      },
      { timeout: 60_000, intervals: [500] },
    )
    .toBe(true);
  return status;
}

export type Specimen = {
  path: string;
  buffer: Buffer;
  truth: {
    documentType: string;
    fields: Record<string, string>;
    persons: Record<string, string>[];
  };
};

/** A synthetic document from `kakanai bench ocr --write` (synthetic people only), cached per run. */
export function specimen(layout: string, seed: number, condition = 'clean'): Specimen {
  const bin = resolve(here, '..', process.env.KAKANAI_BIN || '../../bin/kakanai');
  const dir = join(tmpdir(), 'kakanai-e2e-specimens');
  const base = join(dir, `${layout}-${String(seed).padStart(4, '0')}-${condition}`);
  if (!existsSync(`${base}.json`)) {
    mkdirSync(dir, { recursive: true });
    execFileSync(bin, ['bench', 'ocr', '--write', dir, '--layouts', layout, '--conditions', condition, '--seed', String(seed)], {
      stdio: 'ignore',
      timeout: 60_000,
    });
  }
  const ext = ['png', 'jpg', 'tif', 'pdf'].find((e) => existsSync(`${base}.${e}`));
  if (!ext) throw new Error(`no specimen image at ${base}.*`);
  const path = `${base}.${ext}`;
  return {
    path,
    buffer: readFileSync(path),
    truth: JSON.parse(readFileSync(`${base}.json`, 'utf8')) as Specimen['truth'],
  };
}

/** A file the server keeps (its bytes start like a PNG) but cannot decode: the reading fails. */
export const unreadablePNG = {
  name: 'broken-scan.png',
  mimeType: 'image/png',
  buffer: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('not really an image')]),
};

/** Presses Tab until target has the focus (at most max times); fails if it never does. */
export async function tabTo(page: Page, target: ReturnType<Page['locator']>, max = 20): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}
