import { useId } from 'react';
import type { ImportSummary } from './citizenCode';

const madeFormat = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function madeAt(iso: string): string {
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : madeFormat.format(t);
}

/** What the resident prepared with the navigation: the procedures to take and the things to bring. */
export const CitizenImportSummary = ({ summary }: { summary: ImportSummary }) => {
  const ids = useId();
  return (
    <section
      aria-labelledby={`${ids}-heading`}
      className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4"
      data-testid="citizen-import"
    >
      <h3 id={`${ids}-heading`} className="text-std-20B-150">
        読み取った手続き：{summary.flowTitle}
      </h3>
      <p className="text-std-16N-170 text-solid-gray-800">
        {madeAt(summary.madeAt)}に作成
        {summary.persons > 0 ? `・世帯の${summary.persons}人の情報あり` : '・世帯の情報なし'}
      </p>
      <div className="flex flex-col gap-1">
        <h4 className="text-std-17B-170">必要な手続き</h4>
        {summary.procedures.length === 0 ? (
          <p className="text-std-16N-170">ありません。</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-6 text-std-16N-170">
            {summary.procedures.map((p, i) => (
              <li key={`${i}-${p}`}>{p}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <h4 className="text-std-17B-170">持ち物</h4>
        {summary.bring.length === 0 ? (
          <p className="text-std-16N-170">ありません。</p>
        ) : (
          <ul className="flex list-disc flex-col gap-1 pl-6 text-std-16N-170">
            {summary.bring.map((b, i) => (
              <li key={`${i}-${b}`}>{b}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
};
