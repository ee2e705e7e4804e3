import { useEffect, useMemo, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigate, useNavigationType, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useCan } from '../../shell/viewer';
import { useDocumentTitle } from '../useDocumentTitle';
import { SearchNotificationsQuery } from './documents';
import { SearchForm, type SearchField, isSearchField, searchFields, validateFilters } from './SearchForm';
import { PAGE_SIZE, SearchResults, countLimit, formatTotal } from './SearchResults';
import {
  type SearchFilters,
  filtersFromURL,
  hasFilters,
  pageFromURL,
  searchToURL,
  toNotificationSearch,
} from './searchParams';

/**
 * 届出の検索 (F1, K-p, K-q, K-v): filters kept in the URL, results a page at a time with Relay cursors, and from
 * each result the 届出, its memos, attachments and the archived PDFs the viewer's role may open.
 */
export const SearchScreen = () => {
  const canRead = useCan('notification:read');
  useDocumentTitle('届出の検索');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="flex flex-col gap-8">
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="text-std-32B-150 text-solid-gray-900 focus:outline-none focus-visible:shadow-none"
      >
        届出の検索
      </h1>
      {canRead ? (
        <Search />
      ) : (
        <p className="text-std-16N-170">届出を検索する権限がありません。管理者に依頼してください。</p>
      )}
    </div>
  );
};

const Search = () => {
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const navigationType = useNavigationType();
  const resultsHeadingRef = useRef<HTMLHeadingElement>(null);

  const filters = useMemo(() => filtersFromURL(params), [params]);
  const page = useMemo(() => pageFromURL(params), [params]);
  const localErrors = useMemo(() => validateFilters(filters), [filters]);
  const blocked = Object.keys(localErrors).length > 0;

  const variables = useMemo(
    () => ({
      search: toNotificationSearch(filters),
      ...(page.before ? { last: PAGE_SIZE, before: page.before } : { first: PAGE_SIZE, after: page.after || null }),
    }),
    [filters, page],
  );
  const [{ data, fetching, error }] = useQuery({ query: SearchNotificationsQuery, variables, pause: blocked });

  const serverErrors = error ? apiErrors(error) : [];
  const fieldErrors: Partial<Record<SearchField, string>> = { ...localErrors };
  for (const e of serverErrors) {
    if (isSearchField(e.field) && !fieldErrors[e.field]) fieldErrors[e.field] = e.message;
  }
  const summary = [
    ...Object.entries(fieldErrors).flatMap(([field, message]) =>
      isSearchField(field) && message
        ? [{ message, fieldId: searchFields[field].id, fieldLabel: searchFields[field].label }]
        : [],
    ),
    ...serverErrors.filter((e) => !isSearchField(e.field)).map((e) => ({ message: e.message })),
  ];

  const conn = blocked || error ? undefined : data?.notifications;
  const rows = (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const first = (page.page - 1) * PAGE_SIZE + 1;

  const onSearch = (f: SearchFilters) => {
    const next = `?${searchToURL(f).toString()}`;
    // The same search again refetches instead of pushing a duplicate history entry.
    void navigate(
      { search: next === '?' ? '' : next },
      { replace: next === location.search || (next === '?' && location.search === ''), state: { fromForm: true } },
    );
  };

  // The form keeps what was typed while it searches; it starts afresh from the URL when the URL changes any
  // other way (back button, a page link, a shared link), so it always shows the search on screen.
  const [seenSearch, setSeenSearch] = useState(location.search);
  const [formKey, setFormKey] = useState(0);
  if (location.search !== seenSearch) {
    setSeenSearch(location.search);
    if (navigationType === NavigationType.Pop || !isFromForm(location.state)) setFormKey((k) => k + 1);
  }

  const pageLink = (p: { after?: string; before?: string; page: number }) => `?${searchToURL(filters, p).toString()}`;
  const paging = {
    previous:
      conn && page.page > 1 && conn.pageInfo.startCursor
        ? page.page === 2
          ? pageLink({ page: 1 })
          : pageLink({ before: conn.pageInfo.startCursor, page: page.page - 1 })
        : null,
    // Going back (before), Relay leaves hasNextPage false: the page we came from is still there.
    next:
      conn && (page.before ? rows.length > 0 : conn.pageInfo.hasNextPage) && conn.pageInfo.endCursor
        ? pageLink({ after: conn.pageInfo.endCursor, page: page.page + 1 })
        : null,
  };

  // After moving between pages, start reading at the top of the new page.
  const pageKey = `${page.after}|${page.before}`;
  const lastPageKey = useRef(pageKey);
  useEffect(() => {
    if (lastPageKey.current !== pageKey && conn) {
      lastPageKey.current = pageKey;
      resultsHeadingRef.current?.focus();
    }
  }, [pageKey, conn]);

  let announcement = '';
  // A refetch after a memo or an attachment keeps the rows on screen: only a new search says it is searching.
  const searching = fetching && !conn;
  if (searching) announcement = '検索しています…';
  else if (summary.length > 0) announcement = '';
  else if (conn) {
    announcement =
      conn.totalCount === 0
        ? '条件に合う届出はありません。'
        : `${formatTotal(conn.totalCount)}見つかりました。${first}〜${first + rows.length - 1}件目を表示しています。${
            conn.totalCount > countLimit ? '条件を加えて絞り込んでください。' : ''
          }`;
  }

  return (
    <>
      <div className={summary.length > 0 ? 'grid gap-6 xl:grid-cols-[minmax(0,1fr)_20rem] xl:items-start' : ''}>
        {summary.length > 0 && (
          <div className="xl:col-start-2 xl:row-start-1">
            <ErrorSummary title="検索条件を確認してください" items={summary} />
          </div>
        )}
        <div className="xl:col-start-1 xl:row-start-1">
          <SearchForm key={formKey} initial={filters} onSearch={onSearch} errors={fieldErrors} />
        </div>
      </div>
      {/* The count is in the results' heading for the eye; this region says it to a screen reader. */}
      <p role="status" aria-live="polite" className="sr-only" data-testid="search-result-count">
        {announcement}
      </p>
      {searching && (
        <p aria-hidden="true" className="text-std-16B-170">
          検索しています…
        </p>
      )}
      {conn && (
        <SearchResults
          rows={rows}
          first={first}
          total={conn.totalCount}
          paging={paging}
          headingRef={resultsHeadingRef}
        />
      )}
      {!conn && !fetching && !hasFilters(filters) && summary.length === 0 && (
        <p className="text-std-16N-170">条件を入力して「検索」を押してください。</p>
      )}
    </>
  );
};

function isFromForm(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'fromForm' in state && state.fromForm === true;
}
