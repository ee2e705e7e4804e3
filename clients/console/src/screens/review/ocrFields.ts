/** OCR output keys (internal/ocr/schema.go) with their Japanese labels, in the order the review lists them. */
export const ocrKeys: readonly { key: string; label: string }[] = [
  { key: 'fullName', label: '氏名' },
  { key: 'fullNameKana', label: '氏名のフリガナ' },
  { key: 'romanName', label: 'ローマ字氏名' },
  { key: 'birthDate', label: '生年月日' },
  { key: 'sex', label: '性別' },
  { key: 'relationship', label: '続柄' },
  { key: 'headOfHousehold', label: '世帯主' },
  { key: 'address', label: '住所' },
  { key: 'addressSince', label: '住所を定めた日' },
  { key: 'destinationAddress', label: '転出先' },
  { key: 'moveOutDate', label: '転出予定日' },
  { key: 'domicile', label: '本籍' },
  { key: 'domicileHead', label: '筆頭者' },
  { key: 'residentCode', label: '住民票コード' },
  { key: 'myNumber', label: '個人番号' },
  { key: 'nationality', label: '国籍・地域' },
  { key: 'residenceStatus', label: '在留資格' },
  { key: 'periodOfStay', label: '在留期間' },
  { key: 'periodExpiry', label: '在留期間の満了日' },
  { key: 'workRestriction', label: '就労制限の有無' },
  { key: 'cardNumber', label: 'カード番号' },
  { key: 'cardExpiry', label: 'カードの有効期限' },
  { key: 'licenseNumber', label: '免許証の番号' },
];

const order = new Map(ocrKeys.map((k, i) => [k.key, i]));

export function ocrKeyLabel(key: string): string {
  return ocrKeys.find((k) => k.key === key)?.label ?? key;
}

export function compareKeys(a: string, b: string): number {
  return (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || a.localeCompare(b);
}

/** Keys that hold a person's name: the variant-kanji picker is offered on them (A7). */
export const nameKeys = new Set(['fullName', 'headOfHousehold', 'domicileHead']);

/** From this confidence on the reader's value may be accepted without a look (ocr.AutoAcceptThreshold). */
export const autoAcceptThreshold = 0.9;

export const documentFieldId = (key: string) => `d.${key}`;
export const personFieldId = (index: number, key: string) => `p${index}.${key}`;

const isSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * Splits text into the characters staff see: a code point outside the BMP (𠮷) is one character, and a
 * variation selector (葛 + U+E0102) stays with its base, so replacing one never breaks an IVS apart.
 */
export function splitChars(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const last = out.length - 1;
    if (last >= 0 && isSelector(ch.codePointAt(0) ?? 0)) out[last] = `${out[last] ?? ''}${ch}`;
    else out.push(ch);
  }
  return out;
}

export function isKanji(ch: string): boolean {
  return /^\p{Script=Han}/u.test(ch);
}

/** The character without its variation selector. */
export function baseChar(ch: string): string {
  const cp = ch.codePointAt(0);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

const voiced = 'がぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ';
const unvoiced = 'かきくけこさしすせそたちつてとはひふへほはひふへほ';

/** 連濁: the dictionary lists 田 as た, but in 𠮷田 it is read だ. */
function unvoiceFirst(s: string): string {
  const i = voiced.indexOf(s.charAt(0));
  return i < 0 ? s : `${unvoiced.charAt(i)}${s.slice(1)}`;
}

const space = /[\s\u3000]+/;

/**
 * Readings worth trying to find the character at index in name, from the name's kana (サイトウ ジロウ): the
 * first character of a part is read by a prefix of its kana, the last by a suffix. Longest first; a middle
 * character gets no guess (the staff type its reading).
 */
export function readingCandidates(name: string, kana: string, index: number): string[] {
  const chars = splitChars(name);
  let part = 0;
  let start = 0;
  for (let i = 0; i < index; i++) {
    if (space.test(chars[i] ?? '')) {
      part++;
      start = i + 1;
    }
  }
  let end = start;
  while (end < chars.length && !space.test(chars[end] ?? '')) end++;
  const length = end - start;
  const position = index - start;
  const kanaParts = kana.trim().split(space);
  const namePartCount = name.trim().split(space).length;
  if (kanaParts.length !== namePartCount) return [];
  const k = toHiragana(kanaParts[part] ?? '');
  if (k === '' || length <= 0 || position < 0 || position >= length) return [];
  if (length === 1) return [k];
  const longest = Math.min(4, k.length - (length - 1));
  const out: string[] = [];
  for (let n = longest; n >= 1; n--) {
    if (position === 0) out.push(k.slice(0, n));
    else if (position === length - 1) {
      const suffix = k.slice(k.length - n);
      out.push(suffix);
      const plain = unvoiceFirst(suffix);
      if (plain !== suffix) out.push(plain);
    }
  }
  return out;
}

/** Splits 氏 and 名 at the first space, as the server does when it makes the draft (internal/scan/draft.go). */
export function splitName(s: string): [string, string] {
  const t = s.replaceAll('\u3000', ' ').trim();
  const i = t.indexOf(' ');
  return i < 0 ? [t, ''] : [t.slice(0, i), t.slice(i + 1).trim()];
}
