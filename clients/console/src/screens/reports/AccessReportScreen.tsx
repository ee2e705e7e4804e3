import { type SubmitEvent, useId, useState } from 'react';
import { useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { Disclosure } from '../../components/Disclosure';
import { FormField } from '../../components/FormField';
import { useCan } from '../../shell/viewer';
import { AccessCountsQuery, NavigationTitlesQuery } from '../citizen/documents';
import { dayInTokyo } from '../reception/labels';
import { headingClass, useHeadingFocus } from '../reception/useHeadingFocus';
import { useDocumentTitle } from '../useDocumentTitle';
import { addDays, byDay, byEvent, type Count, daysBetween, isDay } from './accessReport';

/** Beyond this many days the chart is wider than a counter PC's screen. */
const wideAfterDays = 45;

/** The longest range the report draws: a year and a day (a leap year's 366). */
const maxDays = 366;

const th = 'border-b-2 border-solid-gray-420 px-3 py-2 text-left text-std-16B-170 whitespace-nowrap';
const td = 'border-b border-solid-gray-420 px-3 py-2 text-std-16N-170 text-right tabular-nums';

const slash = (day: string) => day.replaceAll('-', '/');

/** アクセス数 (N-z): how often residents started each navigation, by channel and by day. */
export const AccessReportScreen = () => {
  useDocumentTitle('アクセス数');
  const headingRef = useHeadingFocus();
  const ids = useId();
  // The last 30 days in Japan, today included.
  const [initial] = useState(() => {
    const today = dayInTokyo(Date.now());
    return { from: addDays(today, -29), to: today };
  });
  const [fromText, setFromText] = useState(initial.from);
  const [toText, setToText] = useState(initial.to);
  const [range, setRange] = useState(initial);
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});

  const canAdmin = useCan('citizen:admin');
  const [{ data, fetching, error }] = useQuery({ query: AccessCountsQuery, variables: range });
  // Titles come from the navigations, which only citizen:admin may read; others see the ids.
  const [{ data: titlesData }] = useQuery({ query: NavigationTitlesQuery, pause: !canAdmin });
  const flows = [...(titlesData?.navigationFlows ?? [])].sort((a, b) => a.order - b.order);
  const titleOf = (id: string) => flows.find((f) => f.id === id)?.title;

  const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const from = fromText.trim();
    const to = toText.trim();
    const next: { from?: string; to?: string } = {};
    if (!isDay(from)) next.from = '開始日を正しい日付で入力してください（例: 2026-04-01）。';
    if (!isDay(to)) next.to = '終了日を正しい日付で入力してください（例: 2026-04-30）。';
    if (!next.from && !next.to) {
      if (to < from) next.to = '終了日は開始日以降の日付にしてください。';
      else if (daysBetween(from, to).length > maxDays) next.to = `期間は${maxDays}日以内にしてください。`;
    }
    setErrors(next);
    if (next.from) document.getElementById(`${ids}-from`)?.focus();
    else if (next.to) document.getElementById(`${ids}-to`)?.focus();
    else setRange({ from, to });
  };

  const counts: Count[] = data?.accessCounts ?? [];
  const table = byEvent(
    counts,
    flows.map((f) => f.id),
  );
  const days = byDay(counts, daysBetween(range.from, range.to));

  return (
    <div className="flex flex-col gap-6">
      <h1 ref={headingRef} tabIndex={-1} className={headingClass}>
        アクセス数
      </h1>
      <p className="text-std-16N-170 text-solid-gray-700">
        市民の方が手続きナビを始めた回数です。ライフイベント（ナビ）と、開いた経路（ウェブ・LINE・市のサイトなど）ごとに数えています。個人の情報は記録していません。
      </p>

      <form
        noValidate
        onSubmit={onSubmit}
        aria-label="集計の期間"
        className="flex flex-wrap items-end gap-4 rounded-12 bg-white p-6 shadow-1"
      >
        <FormField
          id={`${ids}-from`}
          label="開始日"
          type="date"
          className="w-56"
          value={fromText}
          onChange={(e) => {
            setFromText(e.currentTarget.value);
          }}
          error={errors.from}
        />
        <FormField
          id={`${ids}-to`}
          label="終了日"
          type="date"
          className="w-56"
          value={toText}
          onChange={(e) => {
            setToText(e.currentTarget.value);
          }}
          error={errors.to}
        />
        <Button type="submit" variant="solid-fill" size="lg">
          表示
        </Button>
      </form>

      <section aria-labelledby={`${ids}-table-heading`} className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <h2 id={`${ids}-table-heading`} className="text-std-24B-150">
            ライフイベント別・経路別
          </h2>
          <p role="status" className="text-std-16B-170" data-testid="access-total">
            {data ? `${slash(range.from)}〜${slash(range.to)}：合計 ${table.total}件` : ''}
          </p>
        </div>
        {fetching && !data && <p className="text-std-16N-170">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            アクセス数を読み込めませんでした：{apiErrors(error)[0]?.message}
          </p>
        )}
        {data && table.rows.length === 0 && <p className="text-std-16N-170">この期間のアクセスはありません。</p>}
        {data && table.rows.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse" data-testid="access-table">
              <caption className="sr-only">
                {slash(range.from)}から{slash(range.to)}までの、ライフイベント別・経路別のアクセス数
              </caption>
              <thead>
                <tr>
                  <th scope="col" className={th}>
                    ライフイベント
                  </th>
                  {table.columns.map((c) => (
                    <th key={c.value} scope="col" className={`${th} text-right`}>
                      {c.label}
                    </th>
                  ))}
                  <th scope="col" className={`${th} text-right`}>
                    合計
                  </th>
                </tr>
              </thead>
              <tbody>
                {table.rows.map((r) => {
                  const title = titleOf(r.event);
                  return (
                    <tr key={r.event} data-testid="access-row">
                      <th scope="row" className="border-b border-solid-gray-420 px-3 py-2 text-left text-std-16B-170">
                        {title ?? r.event}
                        {title && <span className="ml-2 font-mono text-dns-14N-130 text-solid-gray-700">{r.event}</span>}
                      </th>
                      {table.columns.map((c) => (
                        <td key={c.value} className={td}>
                          {r.byChannel.get(c.value) ?? 0}
                        </td>
                      ))}
                      <td className={`${td} font-bold`}>{r.total}</td>
                    </tr>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="px-3 py-2 text-left text-std-16B-170">
                    合計
                  </th>
                  {table.columns.map((c) => (
                    <td key={c.value} className={`${td} font-bold`}>
                      {table.columnTotals.get(c.value) ?? 0}
                    </td>
                  ))}
                  <td className={`${td} font-bold`}>{table.total}</td>
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </section>

      {data && (
        <section aria-labelledby={`${ids}-chart-heading`} className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
          <h2 id={`${ids}-chart-heading`} className="text-std-24B-150">
            日別のアクセス数
          </h2>
          <DailyChart days={days} />
          <Disclosure summary="日別のアクセス数を表で見る">
            <div>
              <table className="border-collapse" data-testid="access-daily-table">
                <caption className="sr-only">日別のアクセス数（すべてのライフイベントと経路の合計）</caption>
                <thead>
                  <tr>
                    <th scope="col" className={th}>
                      日付
                    </th>
                    <th scope="col" className={`${th} text-right`}>
                      件数
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {days.map((d) => (
                    <tr key={d.day}>
                      <th scope="row" className="border-b border-solid-gray-420 px-3 py-2 text-left text-std-16N-170">
                        {slash(d.day)}
                      </th>
                      <td className={td}>{d.count}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Disclosure>
        </section>
      )}
    </div>
  );
};

/** A bar per day. The numbers are in the table below it; the chart itself is described as one image. */
const DailyChart = ({ days }: { days: { day: string; count: number }[] }) => {
  const ids = useId();
  const max = Math.max(1, ...days.map((d) => d.count));
  const total = days.reduce((s, d) => s + d.count, 0);
  const peak = days.reduce<{ day: string; count: number } | undefined>((p, d) => (!p || d.count > p.count ? d : p), undefined);
  const bar = 16;
  const gap = 4;
  const left = 48;
  const top = 16;
  const height = 200;
  const bottom = 40;
  const width = left + days.length * (bar + gap) + gap;
  const first = days[0];
  const last = days[days.length - 1];
  const description =
    first && last
      ? `${slash(first.day)}から${slash(last.day)}までの${days.length}日間、合計${total}件。` +
        (peak && peak.count > 0 ? `最も多い日は${slash(peak.day)}の${peak.count}件。` : 'アクセスはありません。')
      : '';
  return (
    <figure className="flex flex-col gap-2">
      {/* A long range is wider than the screen: then the chart scrolls, and a keyboard must reach it to scroll. */}
      <div
        className="overflow-x-auto"
        {...(days.length > wideAfterDays ? { tabIndex: 0, role: 'region', 'aria-label': '日別のアクセス数の棒グラフ（横に移動できます）' } : {})}
      >
        <svg
          role="img"
          aria-labelledby={`${ids}-desc`}
          viewBox={`0 0 ${width} ${top + height + bottom}`}
          className="h-auto w-full text-blue-900"
          style={{ minWidth: `${width / 16}rem` }}
        >
          <line x1={left} x2={width} y1={top + height} y2={top + height} className="stroke-solid-gray-600" />
          <line x1={left} x2={width} y1={top} y2={top} className="stroke-solid-gray-300" strokeDasharray="4 4" />
          <text x={left - 8} y={top + 5} textAnchor="end" className="fill-solid-gray-800 text-[14px]">
            {max}
          </text>
          <text x={left - 8} y={top + height + 5} textAnchor="end" className="fill-solid-gray-800 text-[14px]">
            0
          </text>
          {days.map((d, i) => {
            const h = (d.count / max) * height;
            const x = left + gap + i * (bar + gap);
            return (
              <rect key={d.day} x={x} y={top + height - h} width={bar} height={h} className="fill-current">
                <title>{`${slash(d.day)}：${d.count}件`}</title>
              </rect>
            );
          })}
          {first && (
            <text x={left + gap} y={top + height + 24} className="fill-solid-gray-800 text-[14px]">
              {slash(first.day)}
            </text>
          )}
          {last && days.length > 1 && (
            <text x={width - gap} y={top + height + 24} textAnchor="end" className="fill-solid-gray-800 text-[14px]">
              {slash(last.day)}
            </text>
          )}
        </svg>
      </div>
      <figcaption id={`${ids}-desc`} className="text-std-16N-170">
        日別のアクセス数の棒グラフ：{description}
      </figcaption>
    </figure>
  );
};
