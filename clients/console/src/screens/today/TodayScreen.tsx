import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { graphql } from '../../gql';
import type { TodayReceptionsQuery as TodayReceptionsResult } from '../../gql/graphql';
import { CitizenCodeField } from '../reception/CitizenCodeField';
import { channelLabels, dayInTokyo, minutesSince, receptionStatusLabels, timeInTokyo } from '../reception/labels';
import { headingClass, useHeadingFocus } from '../reception/useHeadingFocus';
import { useDocumentTitle } from '../useDocumentTitle';

export const TodayReceptionsQuery = graphql(`
  query TodayReceptions($date: String!) {
    # 200 a day is far above a city counter's load and stays under the server's complexity limit (5000).
    receptions(where: { receptionDate: $date }, orderBy: { field: OPENED_AT, direction: ASC }, first: 200) {
      totalCount
      edges {
        node {
          id
          confirmationNumber
          openedAt
          closedAt
          status
          channel
          notifications {
            id
            reasonLabel
            statusLabel
          }
        }
      }
    }
  }
`);

export const TodayOpenReceptionMutation = graphql(`
  mutation TodayOpenReception {
    openReception {
      id
      confirmationNumber
    }
  }
`);

type Reception = NonNullable<
  NonNullable<NonNullable<TodayReceptionsResult['receptions']['edges']>[number]>['node']
>;

/** How often the list asks the server again: other counters open receptions too. */
const pollMs = 15_000;
/** Waiting times are whole minutes. */
const tickMs = 60_000;

/** 本日の受付: the receptions of the day in Japan, the longest-waiting open ones first. */
export const TodayScreen = () => {
  useDocumentTitle('本日の受付');
  const headingRef = useHeadingFocus();
  const navigate = useNavigate();
  const [now, setNow] = useState(() => Date.now());
  const date = dayInTokyo(now);

  const [{ data, error, fetching }, reexecute] = useQuery({
    query: TodayReceptionsQuery,
    variables: { date },
    // Shown at once from the cache, then brought up to date: other counters change the list.
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: opening }, openReception] = useMutation(TodayOpenReceptionMutation);
  const [openError, setOpenError] = useState('');

  useEffect(() => {
    const tick = setInterval(() => {
      setNow(Date.now());
    }, tickMs);
    const poll = setInterval(() => {
      reexecute({ requestPolicy: 'network-only' });
    }, pollMs);
    return () => {
      clearInterval(tick);
      clearInterval(poll);
    };
  }, [reexecute]);

  const onOpen = async () => {
    if (opening) return;
    setOpenError('');
    const result = await openReception({});
    const id = result.data?.openReception.id;
    if (id) {
      void navigate(`/receptions/${id}`);
      return;
    }
    setOpenError(
      result.error ? (apiErrors(result.error)[0]?.message ?? '') : '受付を開始できませんでした。もう一度お試しください。',
    );
  };

  const receptions = (data?.receptions.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const open = receptions.filter((r) => r.status === 'open');
  // Open ones in the order they came (the longest wait first), then the finished ones, latest first.
  const rows = [...open, ...receptions.filter((r) => r.status !== 'open').reverse()];

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 ref={headingRef} tabIndex={-1} className={headingClass}>
          本日の受付
        </h1>
        <Button variant="solid-fill" size="lg" onClick={() => void onOpen()} aria-disabled={opening || undefined}>
          {opening ? '受付を開始しています…' : '新しい受付'}
        </Button>
      </div>
      {openError && (
        <p role="alert" className="rounded-12 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-red-1000">
          受付を開始できませんでした：{openError}
        </p>
      )}

      <section aria-labelledby="today-citizen-heading" className="rounded-12 bg-white p-6 shadow-1">
        <h2 id="today-citizen-heading" className="text-std-24B-150">
          市民の二次元コードで受付
        </h2>
        <p className="mt-1 text-std-16N-170 text-solid-gray-700">読み取ると新しい受付を開始します。</p>
        <div className="mt-4">
          <CitizenCodeField />
        </div>
      </section>

      <section aria-labelledby="today-list-heading" className="rounded-12 bg-white p-6 shadow-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
          <h2 id="today-list-heading" className="text-std-24B-150">
            受付一覧（{date.replaceAll('-', '/')}）
          </h2>
          <p role="status" aria-live="polite" className="text-std-16B-170 text-solid-gray-800" data-testid="today-summary">
            {data ? `受付中 ${open.length}件（本日 ${data.receptions.totalCount}件）` : ''}
          </p>
        </div>
        <p className="mt-1 text-std-16N-170 text-solid-gray-700">15秒ごとに自動で更新します。待ち時間は受付を開始してからの分数です。</p>

        {error && !data && (
          <p role="alert" className="mt-4 text-std-16N-170 text-red-1000">
            受付一覧を読み込めませんでした：{apiErrors(error)[0]?.message}
          </p>
        )}
        {fetching && !data && <p className="mt-4 text-std-16N-170">読み込み中です…</p>}
        {data && rows.length === 0 && (
          <p className="mt-4 text-std-16N-170">本日の受付はまだありません。「新しい受付」から始めてください。</p>
        )}
        {data && data.receptions.totalCount > receptions.length && (
          <p className="mt-4 text-std-16N-170">
            本日の受付 {data.receptions.totalCount}件のうち、最初の{receptions.length}件を表示しています。ほかの受付は届出の検索から開けます。
          </p>
        )}
        {rows.length > 0 && <ReceptionTable rows={rows} now={now} />}
      </section>
    </div>
  );
};

const th = 'border-b-2 border-solid-gray-420 px-3 py-2 text-left text-std-16B-170 whitespace-nowrap';
const td = 'border-b border-solid-gray-420 px-3 py-2 align-top text-std-16N-170';
const linkClass =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

const ReceptionTable = ({ rows, now }: { rows: Reception[]; now: number }) => (
  <div className="mt-4 overflow-x-auto">
    <table className="w-full border-collapse">
      <caption className="sr-only">本日の受付一覧。受付中のものが先頭です。</caption>
      <thead>
        <tr>
          <th scope="col" className={th}>
            確認番号
          </th>
          <th scope="col" className={th}>
            受付時刻
          </th>
          <th scope="col" className={th}>
            待ち時間
          </th>
          <th scope="col" className={th}>
            経路
          </th>
          <th scope="col" className={th}>
            状態
          </th>
          <th scope="col" className={th}>
            届出
          </th>
          <th scope="col" className={th}>
            操作
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const isOpen = r.status === 'open';
          const notifications = r.notifications ?? [];
          return (
            <tr key={r.id} data-testid={`reception-row-${r.confirmationNumber}`}>
              <th scope="row" className={`${td} text-std-20B-150 font-bold`}>
                {r.confirmationNumber}
              </th>
              <td className={td}>{timeInTokyo(r.openedAt)}</td>
              <td className={td} data-testid="waiting">
                {isOpen ? `${minutesSince(r.openedAt, now)}分` : <>
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">なし</span>
                  </>}
              </td>
              <td className={td}>{channelLabels[r.channel]}</td>
              <td className={td}>
                <span className={isOpen ? 'font-bold text-blue-900' : 'text-solid-gray-700'}>
                  {receptionStatusLabels[r.status]}
                </span>
              </td>
              <td className={td}>
                {notifications.length === 0 ? (
                  <span className="text-solid-gray-700">なし</span>
                ) : (
                  <ul className="flex flex-col gap-1">
                    {notifications.map((n) => (
                      <li key={n.id}>
                        <Link to={`/notifications/${n.id}`} className={linkClass}>
                          {n.reasonLabel}（{n.statusLabel}）
                        </Link>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className={td}>
                <Link to={`/receptions/${r.id}`} className={`${linkClass} whitespace-nowrap`}>
                  {isOpen ? `受付 ${r.confirmationNumber} を続ける` : `受付 ${r.confirmationNumber} を開く`}
                </Link>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  </div>
);
