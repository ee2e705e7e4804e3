import { type KeyboardEvent, type SubmitEvent, useCallback, useEffect, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Button } from '../../components/Button';
import { type CheckboxOption, CheckboxFieldset } from '../../components/CheckboxFieldset';
import { Disclosure } from '../../components/Disclosure';
import { FormField } from '../../components/FormField';
import { SelectField, type SelectOption } from '../../components/SelectField';
import { useMoveReasons } from '../../api/moveReasons';
import { useCan, useViewer } from '../../shell/viewer';
import { ParseBirthDateQuery, SearchStaffQuery } from './documents';
import { statusOptions } from './labels';
import { type SearchFilters, emptyFilters } from './searchParams';

/** The form's fields: their ids (for the error summary's links) and visible names. */
export const searchFields = {
  name: { id: 'search-name', label: '氏名' },
  birthDate: { id: 'search-birth-date', label: '生年月日' },
  movedFrom: { id: 'search-moved-from', label: '異動日（から）' },
  movedTo: { id: 'search-moved-to', label: '異動日（まで）' },
  reasons: { id: 'search-reasons', label: '異動事由' },
  statuses: { id: 'search-statuses', label: '状態' },
  confirmationNumber: { id: 'search-confirmation-number', label: '確認番号' },
  receptionDate: { id: 'search-reception-date', label: '受付日' },
  sourceLgCode: { id: 'search-source-lg-code', label: '転出元の団体コード' },
  createdByID: { id: 'search-created-by', label: '受付者' },
} as const satisfies { [key in keyof SearchFilters]: { id: string; label: string } };

export type SearchField = keyof typeof searchFields;

export function isSearchField(name: string | undefined): name is SearchField {
  return name !== undefined && name in searchFields;
}

export type SearchFormProps = {
  initial: SearchFilters;
  onSearch: (filters: SearchFilters) => void;
  /** Messages per field: the form's own checks and the server's (which names the field). */
  errors: Partial<Record<SearchField, string>>;
};

const lgCodePattern = /^\d{6}$/;

/** What the form can tell before asking the server; the server checks dates itself (和暦 included). */
export function validateFilters(f: SearchFilters): Partial<Record<SearchField, string>> {
  const errors: Partial<Record<SearchField, string>> = {};
  const src = f.sourceLgCode.trim();
  if (src !== '' && !lgCodePattern.test(src)) {
    errors.sourceLgCode = '転出元の団体コードは6桁の数字で入力してください（例: 402036）。';
  }
  if (f.movedFrom && f.movedTo && f.movedFrom > f.movedTo) {
    errors.movedTo = '異動日（まで）は異動日（から）と同じか後の日付にしてください。';
  }
  const no = f.confirmationNumber.trim();
  if (no !== '' && !/^[0-9０-９]{1,8}$/.test(no)) {
    errors.confirmationNumber = '確認番号は数字で入力してください（例: 0001 または 1）。';
  }
  return errors;
}

/**
 * The filters of the 届出 search (F1, K-p). Enter in any field searches: text and date inputs submit the form
 * natively, checkboxes and the select do it through onKeyDown.
 */
export const SearchForm = ({ initial, onSearch, errors }: SearchFormProps) => {
  const [values, setValues] = useState<SearchFilters>(initial);
  const viewer = useViewer();
  const canListStaff = useCan('user:admin');
  const [{ data: staff }] = useQuery({ query: SearchStaffQuery, pause: !canListStaff });
  const reasons = useReasonOptions();
  const birth = useBirthDateHelper(initial.birthDate);
  const [advancedOpen, setAdvancedOpen] = useState(() => countAdvanced(initial) > 0);

  const set = (key: Exclude<SearchField, 'reasons' | 'statuses'>) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setValues((v) => ({ ...v, [key]: value }));
  };

  const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    onSearch(values);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const t = e.target;
    if (
      (t instanceof HTMLInputElement && (t.type === 'checkbox' || t.type === 'radio')) ||
      t instanceof HTMLSelectElement
    ) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  };

  const staffOptions: SelectOption[] = [
    { value: '', label: '指定しない' },
    { value: viewer.id, label: `自分（${viewer.displayName}）` },
    ...(staff?.users.edges ?? [])
      .flatMap((e) => (e?.node ? [e.node] : []))
      .filter((u) => u.id !== viewer.id)
      .map((u) => ({ value: u.id, label: `${u.displayName}（${u.loginID}）` })),
  ];

  const advancedCount = countAdvanced(values);

  return (
    <form
      noValidate
      role="search"
      aria-label="届出の検索条件"
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      className="flex flex-col gap-4 rounded-12 bg-white p-5 shadow-1"
    >
      {/* The filters used at the counter every day on one row; the rest below, folded while unused. */}
      <div className="grid items-start gap-x-4 gap-y-4 md:grid-cols-2 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))]">
        <FormField
          id={searchFields.name.id}
          name="name"
          label={searchFields.name.label}
          support="漢字かかなの先頭から（髙と高は同じ）"
          autoComplete="off"
          blockSize="md"
          value={values.name}
          onChange={set('name')}
          error={errors.name}
        />
        <div className="flex flex-col gap-1">
          <FormField
            id={searchFields.birthDate.id}
            name="birthDate"
            label={searchFields.birthDate.label}
            support="和暦も可（例: S60.4.12）"
            autoComplete="off"
            blockSize="md"
            value={values.birthDate}
            onChange={set('birthDate')}
            onBlur={(e) => {
              birth.check(e.currentTarget.value);
            }}
            error={errors.birthDate ?? (birth.text === values.birthDate.trim() ? birth.error : undefined)}
          />
          <p
            aria-live="polite"
            className="text-std-16N-170 text-solid-gray-700"
            data-testid="search-birth-date-reading"
          >
            {!errors.birthDate && birth.reading && birth.text === values.birthDate.trim()
              ? `${birth.reading}として検索します`
              : ''}
          </p>
        </div>
        <FormField
          id={searchFields.confirmationNumber.id}
          name="confirmationNumber"
          label={searchFields.confirmationNumber.label}
          support="例: 0001"
          inputMode="numeric"
          autoComplete="off"
          blockSize="md"
          value={values.confirmationNumber}
          onChange={set('confirmationNumber')}
          error={errors.confirmationNumber}
        />
        <FormField
          id={searchFields.receptionDate.id}
          name="receptionDate"
          type="date"
          label={searchFields.receptionDate.label}
          support="確認番号は日ごとの番号です"
          blockSize="md"
          value={values.receptionDate}
          onChange={set('receptionDate')}
          error={errors.receptionDate}
        />
      </div>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <CheckboxFieldset
          id={searchFields.statuses.id}
          name="statuses"
          legend={searchFields.statuses.label}
          options={statusOptions.map((s) => ({ value: s.code, label: s.label }))}
          value={values.statuses}
          onChange={(statuses) => {
            setValues((v) => ({
              ...v,
              statuses: statusOptions.map((s) => s.code).filter((c) => statuses.includes(c)),
            }));
          }}
          error={errors.statuses}
        />
        <div className="flex flex-wrap gap-4">
          <Button type="submit" variant="solid-fill" size="md">
            検索
          </Button>
          <Button
            variant="outline"
            size="md"
            onClick={() => {
              setValues(emptyFilters);
              birth.reset();
              onSearch(emptyFilters);
            }}
          >
            条件をクリア
          </Button>
        </div>
      </div>
      <Disclosure
        summary={`詳しい条件（異動日・異動事由・転出元・受付者）${advancedCount > 0 ? `：${advancedCount}件指定中` : ''}`}
        // An error in a folded filter unfolds it, so the error summary's link can reach the field.
        open={advancedOpen || advancedFields.some((k) => errors[k])}
        onOpenChange={setAdvancedOpen}
      >
        <div className="flex flex-col gap-4">
          <div className="grid items-start gap-x-4 gap-y-4 md:grid-cols-2 lg:grid-cols-4">
            <FormField
              id={searchFields.movedFrom.id}
              name="movedFrom"
              type="date"
              label={searchFields.movedFrom.label}
              blockSize="md"
              value={values.movedFrom}
              onChange={set('movedFrom')}
              error={errors.movedFrom}
            />
            <FormField
              id={searchFields.movedTo.id}
              name="movedTo"
              type="date"
              label={searchFields.movedTo.label}
              blockSize="md"
              value={values.movedTo}
              onChange={set('movedTo')}
              error={errors.movedTo}
            />
            <FormField
              id={searchFields.sourceLgCode.id}
              name="sourceLgCode"
              label={searchFields.sourceLgCode.label}
              support="6桁（例: 402036）"
              inputMode="numeric"
              autoComplete="off"
              blockSize="md"
              value={values.sourceLgCode}
              onChange={set('sourceLgCode')}
              error={errors.sourceLgCode}
            />
            <SelectField
              id={searchFields.createdByID.id}
              name="createdByID"
              label={searchFields.createdByID.label}
              options={
                // A shared link may name someone this viewer cannot list: keep the choice rather than drop it.
                values.createdByID && !staffOptions.some((o) => o.value === values.createdByID)
                  ? [...staffOptions, { value: values.createdByID, label: `職員（ID ${values.createdByID}）` }]
                  : staffOptions
              }
              value={values.createdByID}
              onChange={set('createdByID')}
              error={errors.createdByID}
            />
          </div>
          <CheckboxFieldset
            id={searchFields.reasons.id}
            name="reasons"
            legend={searchFields.reasons.label}
            support={reasons.note}
            options={reasons.options}
            value={values.reasons}
            onChange={(reasons) => {
              setValues((v) => ({ ...v, reasons }));
            }}
            error={errors.reasons}
          />
        </div>
      </Disclosure>
    </form>
  );
};

/**
 * The 異動事由 to filter by, with the server's names (moveReasons). Should that list fail to load, the release's
 * own list keeps the filter usable, and the fold says so.
 */
function useReasonOptions(): { options: CheckboxOption[]; note: string | undefined } {
  const { reasons, fallback, loading } = useMoveReasons();
  if (loading) return { options: [], note: '異動事由の一覧を読み込んでいます…' };
  return {
    options: reasons.map((r) => ({ value: r.code, label: r.label })),
    note: fallback ? '異動事由の一覧を読み込めなかったため、この画面に組み込みの一覧を表示しています。' : undefined,
  };
}

const advancedFields: readonly SearchField[] = ['movedFrom', 'movedTo', 'sourceLgCode', 'createdByID', 'reasons'];

/** How many of the folded filters are set: shown on the fold, and it opens by itself when a link sets one. */
function countAdvanced(f: SearchFilters): number {
  return (
    [f.movedFrom, f.movedTo, f.sourceLgCode.trim(), f.createdByID].filter((v) => v !== '').length +
    (f.reasons.length > 0 ? 1 : 0)
  );
}

/** Reads a typed birth date back as 和暦 and 西暦 when the field is left, so a mistyped era shows before searching. */
function useBirthDateHelper(initial: string) {
  const client = useClient();
  const [state, setState] = useState<{ text: string; reading: string; error: string | undefined }>({
    text: '',
    reading: '',
    error: undefined,
  });

  const read = useCallback(
    (t: string) =>
      client
        .query(ParseBirthDateQuery, { text: t })
        .toPromise()
        .then((r) => {
          const d = r.data?.parseJapaneseDate;
          if (d) setState({ text: t, reading: `${d.wareki}（${d.seireki}）`, error: undefined });
          else setState({ text: t, reading: '', error: '生年月日を正しく入力してください（例: 昭和60年4月12日）。' });
        }),
    [client],
  );

  // A search opened from a link shows its reading too.
  useEffect(() => {
    const t = initial.trim();
    if (t !== '') void read(t);
  }, [initial, read]);

  const check = (text: string) => {
    const t = text.trim();
    if (t === '') setState({ text: '', reading: '', error: undefined });
    else if (t !== state.text) void read(t);
  };

  return {
    text: state.text,
    reading: state.reading,
    error: state.error,
    check,
    reset: () => {
      setState({ text: '', reading: '', error: undefined });
    },
  };
}
