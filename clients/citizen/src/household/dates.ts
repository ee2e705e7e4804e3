import type { MessageKey } from '../i18n/messages';
import type { DateParts } from './model';

// Dates typed in 西暦 or 和暦 (N-r). The era table is internal/juki's (元号法 and the 改元 政令): an era ends the
// day before the next one starts, so 平成32年 and 令和元年4月 do not exist and are refused like 2月30日.

type Ymd = { y: number; m: number; d: number };

const eraTable: Record<Exclude<DateParts['era'], 'seireki'>, { first: number; start: Ymd; end?: Ymd }> = {
  大正: { first: 1912, start: { y: 1912, m: 7, d: 30 }, end: { y: 1926, m: 12, d: 24 } },
  昭和: { first: 1926, start: { y: 1926, m: 12, d: 25 }, end: { y: 1989, m: 1, d: 7 } },
  平成: { first: 1989, start: { y: 1989, m: 1, d: 8 }, end: { y: 2019, m: 4, d: 30 } },
  令和: { first: 2019, start: { y: 2019, m: 5, d: 1 } },
};

/** The earliest birth date accepted: 大正's first day (the oldest living residents were born in 大正). */
const earliest: Ymd = { y: 1912, m: 7, d: 30 };

export type DateError = { key: MessageKey; params?: Record<string, string> };

function cmp(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function iso(d: Ymd): string {
  return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
}

function japaneseDate(d: Ymd): string {
  return `${d.y}年${d.m}月${d.d}日`;
}

/** Today in Japan, which the residents and the 住民票 count in, whatever the device's time zone. */
export function todayInJapan(now = Date.now()): Ymd {
  const j = new Date(now + 9 * 3600 * 1000);
  return { y: j.getUTCFullYear(), m: j.getUTCMonth() + 1, d: j.getUTCDate() };
}

function toHalfWidth(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

function parseNumber(s: string): number | null {
  const t = toHalfWidth(s);
  if (t === '元') return 1;
  if (!/^\d{1,4}$/.test(t)) return null;
  return Number(t);
}

export function isEmptyDate(p: DateParts): boolean {
  return p.year.trim() === '' && p.month.trim() === '' && p.day.trim() === '';
}

/**
 * Checks a typed date and returns it as YYYY-MM-DD, or the reason it cannot exist. `notFuture` refuses dates after
 * today in Japan (birth dates).
 */
export function checkDate(p: DateParts, opts: { notFuture: boolean }, now = Date.now()): { iso: string } | { error: DateError } {
  const y = parseNumber(p.year);
  const m = parseNumber(p.month);
  const d = parseNumber(p.day);
  if (y === null || m === null || d === null || y === 0) return { error: { key: 'errDateIncomplete' } };
  const label = `${p.era === 'seireki' ? '' : p.era}${p.era !== 'seireki' && y === 1 ? '元' : y}年${m}月${d}日`;
  if (m < 1 || m > 12) return { error: { key: 'errDateNotExist', params: { date: label } } };
  let date: Ymd;
  if (p.era === 'seireki') {
    date = { y, m, d };
  } else {
    const era = eraTable[p.era];
    date = { y: era.first + y - 1, m, d };
    if (d >= 1 && d <= daysIn(date.y, m)) {
      if (cmp(date, era.start) < 0 || (era.end && cmp(date, era.end) > 0)) {
        return {
          error: era.end
            ? { key: 'errEraRange', params: { era: p.era, from: japaneseDate(era.start), to: japaneseDate(era.end) } }
            : { key: 'errEraFrom', params: { era: p.era, from: japaneseDate(era.start) } },
        };
      }
    }
  }
  if (d < 1 || d > daysIn(date.y, m)) return { error: { key: 'errDateNotExist', params: { date: label } } };
  if (cmp(date, earliest) < 0) return { error: { key: 'errTooOld', params: { from: japaneseDate(earliest) } } };
  if (opts.notFuture && cmp(date, todayInJapan(now)) > 0) return { error: { key: 'errFuture' } };
  return { iso: iso(date) };
}
