import { Fragment, type RefObject, useState } from 'react';
import { Link } from 'react-router';
import type { SearchResultFieldsFragment } from '../../gql/graphql';
import { ResultDetails } from './ResultDetails';
import { formatBirthDate, formatDate } from './labels';

/** Rows per page: a screen of 1366×768 shows about this many without losing the form. */
export const PAGE_SIZE = 20;

/** The server counts a search up to one past this and no further (a count of years of 届出 costs more than a page). */
export const countLimit = 1000;

/** 23 → 23件, 1001 → 1,000件以上. */
export function formatTotal(total: number): string {
  return total > countLimit ? `${countLimit.toLocaleString('ja-JP')}件以上` : `${total.toLocaleString('ja-JP')}件`;
}

export type PagingLinks = {
  previous: string | null;
  next: string | null;
};

export type SearchResultsProps = {
  rows: readonly SearchResultFieldsFragment[];
  /** 1-based position of the first row. */
  first: number;
  total: number;
  paging: PagingLinks;
  headingRef: RefObject<HTMLHeadingElement | null>;
};

const linkStyle =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

function fullName(p: SearchResultFieldsFragment['persons'][number]): string {
  return [p.familyName, p.givenName].filter(Boolean).join(' ');
}

function kanaName(p: SearchResultFieldsFragment['persons'][number]): string {
  return [p.familyNameKana, p.givenNameKana].filter(Boolean).join(' ');
}

/** The 届出 of one page of the search, newest first; each row opens, and unfolds memos, attachments and PDFs. */
export const SearchResults = ({ rows, first, total, paging, headingRef }: SearchResultsProps) => {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    setOpen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  };
  const last = first + rows.length - 1;

  return (
    <section aria-labelledby="search-results-heading" className="flex flex-col gap-4">
      <h2
        id="search-results-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-std-24B-150 focus:outline-none focus-visible:shadow-none"
      >
        検索結果
        {rows.length > 0 && (
          <span className="ml-3 text-std-16N-170 text-solid-gray-700">
            全{formatTotal(total)}中 {first}〜{last}件目
          </span>
        )}
      </h2>
      {rows.length === 0 ? (
        <p className="text-std-16N-170">
          条件に合う届出はありません。条件を減らすか、氏名をかなで入力してみてください。
        </p>
      ) : (
        <div className="overflow-x-auto rounded-12 bg-white shadow-1">
          <table className="w-full border-collapse text-left text-std-16N-170">
            <caption className="sr-only">
              届出の検索結果（全{formatTotal(total)}中 {first}〜{last}件目）
            </caption>
            <thead className="bg-solid-gray-50 text-std-16B-170">
              <tr>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  確認番号
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  受付日
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  事由
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  状態
                </th>
                <th scope="col" className="px-3 py-2">
                  世帯の氏名
                </th>
                <th scope="col" className="px-3 py-2">
                  生年月日
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  異動日
                </th>
                <th scope="col" className="px-3 py-2">
                  操作
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((n) => {
                const persons = [...n.persons].sort((a, b) => a.position - b.position);
                const head = persons.find((p) => p.isHeadOfHousehold) ?? persons[0];
                const subject = head ? fullName(head) || kanaName(head) || '氏名未入力' : '氏名未入力';
                const conf = n.reception?.confirmationNumber;
                const context = `：${subject}${conf ? `（確認番号${conf}）` : ''}`;
                const isOpen = open.has(n.id);
                const detailsId = `result-${n.id}-details`;
                return (
                  <Fragment key={n.id}>
                    <tr className="border-t border-solid-gray-420 align-top" data-testid="search-result-row">
                      <td className="px-3 py-3 whitespace-nowrap">{conf ?? '—'}</td>
                      <td className="px-3 py-3 whitespace-nowrap">
                        {n.reception ? formatDate(n.reception.receptionDate) : formatDate(n.createdAt)}
                      </td>
                      <td className="px-3 py-3 whitespace-nowrap">{n.reasonLabel || n.reason}</td>
                      <td className="px-3 py-3 whitespace-nowrap">
                        {n.statusLabel}
                        {n.statusReason && (n.status === 'sent_back' || n.status === 'on_hold') && (
                          <span className="block text-dns-14N-130 text-solid-gray-700">{n.statusReason}</span>
                        )}
                      </td>
                      <td className="px-3 py-3">
                        <ul className="flex flex-col gap-1">
                          {persons.map((p) => (
                            <li key={p.id} className="min-h-12">
                              <span className="block">
                                {fullName(p) || '（氏名未入力）'}
                                {p.isHeadOfHousehold && <span className="text-solid-gray-700">（世帯主）</span>}
                              </span>
                              {kanaName(p) && (
                                <span className="block text-dns-14N-130 text-solid-gray-700">{kanaName(p)}</span>
                              )}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="px-3 py-3">
                        <ul className="flex flex-col gap-1" aria-label="生年月日（氏名の順）">
                          {persons.map((p) => (
                            <li key={p.id} className="min-h-12">
                              {formatBirthDate(p.birthDay) || p.birthDate || '—'}
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td className="px-3 py-3 whitespace-nowrap">{formatDate(n.movedDate) || n.movedOn || '—'}</td>
                      <td className="px-3 py-3">
                        <div className="flex flex-col items-start gap-2">
                          <Link
                            to={`/notifications/${n.id}`}
                            aria-label={`開く${context}`}
                            className={`${linkStyle} text-std-16B-170 whitespace-nowrap`}
                          >
                            開く
                          </Link>
                          <button
                            type="button"
                            aria-expanded={isOpen}
                            aria-label={`${isOpen ? 'メモ・添付を閉じる' : 'メモ・添付'}${context}`}
                            aria-controls={detailsId}
                            onClick={() => {
                              toggle(n.id);
                            }}
                            className={`${linkStyle} cursor-pointer text-left whitespace-nowrap`}
                          >
                            {isOpen ? 'メモ・添付を閉じる' : 'メモ・添付'}
                          </button>
                          <span className="text-dns-14N-130 text-solid-gray-700">
                            メモ{(n.memos ?? []).length}・添付{(n.attachments ?? []).length}・文書
                            {n.archivedDocuments.length}
                          </span>
                        </div>
                      </td>
                    </tr>
                    {isOpen && (
                      <tr id={detailsId} className="bg-white">
                        <td colSpan={8} className="border-t border-dashed border-solid-gray-420">
                          <ResultDetails notification={n} subject={subject} />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {(paging.previous !== null || paging.next !== null) && (
        <nav aria-label="検索結果のページ" className="flex flex-wrap gap-4">
          {paging.previous !== null && (
            <Link to={paging.previous} className={linkStyle}>
              前の{PAGE_SIZE}件
            </Link>
          )}
          {paging.next !== null && (
            <Link to={paging.next} className={linkStyle}>
              次の{PAGE_SIZE}件
            </Link>
          )}
        </nav>
      )}
    </section>
  );
};
