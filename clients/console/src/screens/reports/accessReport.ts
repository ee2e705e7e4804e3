/** Where residents started a navigation from (internal/citizen Channels), in the order of the report's columns. */
export const channels: readonly { value: string; label: string }[] = [
  { value: 'web', label: 'ウェブ' },
  { value: 'line', label: 'LINE' },
  { value: 'site', label: '市のサイト' },
  { value: 'poster', label: 'ポスター' },
  { value: 'other', label: 'その他' },
];

export type Count = { day: string; event: string; channel: string; count: number };

/** YYYY-MM-DD moved by n days; calendar arithmetic in UTC, so no time zone or DST shifts the date. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + n));
  return t.toISOString().slice(0, 10);
}

/** Days from..to, both included; [] when to is before from. */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to && out.length <= 1000; d = addDays(d, 1)) out.push(d);
  return out;
}

export const isDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && addDays(s, 0) === s;

export type EventRow = { event: string; byChannel: Map<string, number>; total: number };

/** The table by life event × channel: rows in the order given (navigation order), then any others by id. */
export function byEvent(counts: readonly Count[], order: readonly string[]) {
  const rows = new Map<string, EventRow>();
  const columnTotals = new Map<string, number>();
  let total = 0;
  for (const c of counts) {
    let row = rows.get(c.event);
    if (!row) {
      row = { event: c.event, byChannel: new Map(), total: 0 };
      rows.set(c.event, row);
    }
    row.byChannel.set(c.channel, (row.byChannel.get(c.channel) ?? 0) + c.count);
    row.total += c.count;
    columnTotals.set(c.channel, (columnTotals.get(c.channel) ?? 0) + c.count);
    total += c.count;
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const sorted = [...rows.values()].sort((a, b) => rank(a.event) - rank(b.event) || a.event.localeCompare(b.event));
  // Channels the report does not know yet (a newer server) still get a column.
  const extra = [...columnTotals.keys()].filter((c) => !channels.some((k) => k.value === c)).sort();
  const columns = [...channels, ...extra.map((c) => ({ value: c, label: c }))];
  return { rows: sorted, columns, columnTotals, total };
}

/** Starts per day over the whole range, days without a start included as 0. */
export function byDay(counts: readonly Count[], days: readonly string[]): { day: string; count: number }[] {
  const sums = new Map<string, number>();
  for (const c of counts) sums.set(c.day, (sums.get(c.day) ?? 0) + c.count);
  return days.map((day) => ({ day, count: sums.get(day) ?? 0 }));
}
