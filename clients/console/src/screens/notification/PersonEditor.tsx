import { memo, useId } from 'react';
import { useQuery } from 'urql';
import { Button } from '../../components/Button';
import { PlacePicker } from './AddressHelpers';
import {
  type PersonDraft,
  type PersonTextField,
  fieldId,
  fieldOfKind,
  keepsStoredMyNumber,
  myNumberLost,
  residenceCategories,
} from './draft';
import { PersonFieldRulesQuery } from './documents';
import { type FieldIssue, HelperTextField, type OcrSource, SelectField, TextField } from './fields';
import { useAgeHelp, useDateReading, usePeriodOfStay } from './helpers';
import { HistoryTextField } from './HistoryTextField';
import { type KanjiTarget, kanjiTargetOf } from './KanjiDialog';
import { useDebounced } from './useDebounced';

export type Need = 'required' | 'allowed' | 'forbidden';

const relationships = ['世帯主', '妻', '夫', '子', '父', '母', '孫', '祖父', '祖母', '兄', '姉', '弟', '妹', '子の妻', '子の夫', '妻の父', '妻の母', '同居人', '縁故者'];
const residenceStatuses = [
  '永住者',
  '日本人の配偶者等',
  '永住者の配偶者等',
  '定住者',
  '技術・人文知識・国際業務',
  '特定技能1号',
  '特定技能2号',
  '技能実習1号イ',
  '技能実習1号ロ',
  '技能実習2号イ',
  '技能実習2号ロ',
  '育成就労',
  '留学',
  '家族滞在',
  '特定活動',
  '経営・管理',
  '企業内転勤',
  '介護',
  '技能',
  '教授',
  '研究',
  '教育',
  '医療',
  '高度専門職1号イ',
  '高度専門職1号ロ',
  '高度専門職1号ハ',
  '高度専門職2号',
];

export type PersonEditorProps = {
  person: PersonDraft;
  index: number;
  reason: string;
  readOnly: boolean;
  issuesAt: (path: string) => FieldIssue[];
  ocrAt: (path: string) => OcrSource | undefined;
  onChange: (patch: Partial<PersonDraft>) => void;
  openKanji: (target: KanjiTarget) => void;
  /** The viewer holds mynumber:read: the 「表示」 toggle is offered. */
  canReadMyNumber: boolean;
  /** The unmasked 個人番号 while 「表示」 is on, else undefined. */
  unmaskedMyNumber: string | undefined;
  onToggleMyNumber: (shown: boolean) => void;
  myNumberShown: boolean;
  /** The person's issues as text: the memoised editor renders again when they change. */
  issueKey: string;
};

/** The name the person is called by on the screen: 「髙橋 一郎」, 「SMITH EMILY」, or 「1人目」. */
export function personName(p: PersonDraft, index: number): string {
  const kanji = `${p.familyName} ${p.givenName}`.trim();
  if (kanji) return kanji;
  if (p.romajiName.trim()) return p.romajiName.trim();
  return `${index + 1}人目`;
}

/** One 異動者: the Japanese/foreign switch and the fields the server's rules allow for that kind (K-c). */
export const PersonEditor = (props: PersonEditorProps) => {
  const { person: p, index, reason, readOnly, issuesAt, ocrAt, onChange, openKanji } = props;
  const uid = useId();
  const base = `persons.${index}`;
  const path = (f: string) => `${base}.${f}`;

  // The switch decides the kind even before a 国籍 is typed.
  const nationality = useDebounced(p.foreign ? p.nationality.trim() || '外国' : '', 300);
  const residenceCategory = useDebounced(p.foreign ? p.residenceCategory.trim() : '', 300);
  const residenceStatus = useDebounced(p.foreign ? p.residenceStatus.trim() : '', 300);
  const ruleVars = { reason, nationality, residenceCategory, residenceStatus };
  const [{ data: rulesData }] = useQuery({ query: PersonFieldRulesQuery, variables: ruleVars, pause: reason === '' });
  const needs = new Map<string, Need>();
  for (const r of rulesData?.personFieldRules ?? []) {
    if (r.need === 'required' || r.need === 'allowed' || r.need === 'forbidden') needs.set(r.field, r.need);
  }
  const required = (f: string) => needs.get(f) === 'required' && !(f === 'relationship' && p.isHeadOfHousehold);
  const shown = (f: PersonTextField) => fieldOfKind(p, f) && (needs.get(f) !== 'forbidden' || p[f] !== '');

  const birth = useAgeHelp(p.birthDate);
  const expiry = useDateReading(p.foreign ? p.periodExpiry : '');
  const period = usePeriodOfStay(p.foreign ? p.periodOfStay : '');

  const text = (f: PersonTextField, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) =>
    shown(f) ? (
      <TextField
        key={f}
        path={path(f)}
        label={label}
        required={required(f)}
        issues={issuesAt(path(f))}
        ocr={ocrAt(path(f))}
        value={p[f]}
        readOnly={readOnly}
        autoComplete="off"
        onChange={(e) => {
          onChange({ [f]: e.currentTarget.value });
        }}
        {...extra}
      />
    ) : null;

  const kanjiButton = (f: 'familyName' | 'givenName' | 'domicile', label: string) => (
    <Button
      variant="outline"
      size="sm"
      className="mt-0.5 !min-w-0 shrink-0"
      aria-label={`${label}に単漢字を入力`}
      aria-disabled={readOnly || undefined}
      onClick={() => {
        const input = document.getElementById(fieldId(path(f)));
        if (!(input instanceof HTMLInputElement)) return;
        openKanji(
          kanjiTargetOf(input, `${index + 1}人目の${label}`, (value) => {
            onChange({ [f]: value });
          }),
        );
      }}
    >
      漢字
    </Button>
  );

  const pickName = (value: string) => {
    const [family = '', ...given] = value.split(/[\s\u3000]+/);
    onChange({ familyName: family, givenName: given.join(' ') });
  };

  const myNumberStatusId = `${uid}-mn-status`;
  const lost = myNumberLost(p);
  const kept = keepsStoredMyNumber(p);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-6">
        <fieldset className="flex flex-col gap-1">
          <legend className="text-std-16B-170">国籍の区分</legend>
          <div className="flex gap-4">
            {[
              [false, '日本人'],
              [true, '外国人住民'],
            ].map(([foreign, label]) => (
              <label key={String(foreign)} className="flex items-center gap-2 text-std-16N-170">
                <input
                  type="radio"
                  className="size-5"
                  name={`${uid}-kind`}
                  checked={p.foreign === foreign}
                  aria-disabled={readOnly || undefined}
                  onChange={() => {
                    if (!readOnly) onChange({ foreign: foreign === true });
                  }}
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex items-center gap-2 text-std-16B-170">
          <input
            id={fieldId(path('isHeadOfHousehold'))}
            data-path={path('isHeadOfHousehold')}
            type="checkbox"
            className="size-5"
            checked={p.isHeadOfHousehold}
            aria-disabled={readOnly || undefined}
            aria-describedby={issuesAt(path('isHeadOfHousehold')).length > 0 ? `${fieldId(path('isHeadOfHousehold'))}-issues` : undefined}
            onChange={(e) => {
              if (!readOnly) onChange({ isHeadOfHousehold: e.currentTarget.checked });
            }}
          />
          この方が世帯主
        </label>
      </div>
      {issuesAt(path('isHeadOfHousehold')).length > 0 && (
        <div id={`${fieldId(path('isHeadOfHousehold'))}-issues`}>
          {issuesAt(path('isHeadOfHousehold')).map((is) => (
            <p key={is.message} className="text-std-16N-170 text-red-1000">
              ＊{is.message}
            </p>
          ))}
        </div>
      )}

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {shown('familyName') && (
          <HistoryTextField
            kind="name"
            prefix={`${p.familyName} ${p.givenName}`.trim()}
            current={`${p.familyName} ${p.givenName}`.trim()}
            onPick={pickName}
            path={path('familyName')}
            label="氏"
            required={required('familyName')}
            issues={issuesAt(path('familyName'))}
            ocr={ocrAt(path('familyName'))}
            value={p.familyName}
            readOnly={readOnly}
            actions={kanjiButton('familyName', '氏')}
            onChange={(e) => {
              onChange({ familyName: e.currentTarget.value });
            }}
          />
        )}
        {shown('givenName') &&
          text('givenName', '名', {
            actions: kanjiButton('givenName', '名'),
          })}
        {text('familyNameKana', '氏のふりがな')}
        {text('givenNameKana', '名のふりがな')}
        {text('romajiName', 'ローマ字氏名', { support: '在留カードの表記どおり' })}
        {text('commonName', '通称')}
        {text('nationality', '国籍・地域', { required: p.foreign })}
      </div>

      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {shown('birthDate') && (
          <HelperTextField
            path={path('birthDate')}
            label="生年月日"
            support="和暦でも入力できます（例: 昭和60年4月12日、S60.4.12）"
            required={required('birthDate')}
            issues={issuesAt(path('birthDate'))}
            ocr={ocrAt(path('birthDate'))}
            reading={birth}
            value={p.birthDate}
            readOnly={readOnly}
            autoComplete="off"
            onChange={(e) => {
              onChange({ birthDate: e.currentTarget.value });
            }}
          />
        )}
        {shown('sex') && (
          <SelectField
            path={path('sex')}
            label="性別"
            required={required('sex')}
            issues={issuesAt(path('sex'))}
            ocr={ocrAt(path('sex'))}
            options={[
              ['男', '男'],
              ['女', '女'],
            ]}
            value={p.sex}
            readOnly={readOnly}
            onChange={(e) => {
              onChange({ sex: e.currentTarget.value });
            }}
          />
        )}
        {text('relationship', '続柄', {
          list: `${uid}-relationships`,
          support: p.isHeadOfHousehold ? '世帯主は「世帯主」' : undefined,
        })}
        <datalist id={`${uid}-relationships`}>
          {relationships.map((r) => (
            <option key={r} value={r} />
          ))}
        </datalist>
        {text('residentCode', '住民票コード', { inputMode: 'numeric' })}
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          path={path('myNumber')}
          label="個人番号"
          issues={issuesAt(path('myNumber'))}
          ocr={ocrAt(path('myNumber'))}
          value={p.myNumber}
          readOnly={readOnly}
          inputMode="numeric"
          autoComplete="off"
          aria-describedby={myNumberStatusId}
          support={
            kept
              ? '登録済みです（＊＊＊＊ ＊＊＊＊ ＊＊＊＊）。変更するときだけ入力してください。'
              : '12桁。入力した番号はこの端末に保存されません。'
          }
          onChange={(e) => {
            onChange({ myNumber: e.currentTarget.value });
          }}
          helper={
            <div id={myNumberStatusId} className="flex flex-col gap-1">
              {lost && (
                <p className="text-std-16N-170 text-yellow-1200">
                  ！登録済みだった個人番号を引き継げませんでした（削除を保存した後に元に戻したか、古い入力を復元したため）。もう一度入力してください。
                </p>
              )}
              {props.canReadMyNumber && p.hasStoredMyNumber && (
                <div className="flex flex-wrap items-center gap-2">
                  <Button
                    variant="text"
                    size="sm"
                    aria-pressed={props.myNumberShown}
                    onClick={() => {
                      props.onToggleMyNumber(props.myNumberShown);
                    }}
                  >
                    {props.myNumberShown ? '個人番号を隠す' : '個人番号を表示'}
                  </Button>
                  {props.myNumberShown && (
                    <span className="text-std-16N-170">
                      <span className="font-mono text-std-17B-170" data-testid="unmasked-mynumber">
                        {props.unmaskedMyNumber ?? '読み込み中…'}
                      </span>
                      <span className="ml-2 text-solid-gray-700">（表示したことは記録されます）</span>
                    </span>
                  )}
                </div>
              )}
            </div>
          }
        />
      </div>

      {!p.foreign && (shown('domicile') || shown('domicileHead')) && (
        <div className="grid gap-4 md:grid-cols-2">
          {shown('domicile') && (
            <div className="flex flex-col gap-2">
              <HistoryTextField
                kind="domicile"
                prefix={p.domicile}
                onPick={(v) => {
                  onChange({ domicile: v });
                }}
                path={path('domicile')}
                label="本籍"
                required={required('domicile')}
                issues={issuesAt(path('domicile'))}
                ocr={ocrAt(path('domicile'))}
                value={p.domicile}
                readOnly={readOnly}
                actions={kanjiButton('domicile', '本籍')}
                onChange={(e) => {
                  onChange({ domicile: e.currentTarget.value });
                }}
              />
              <PlacePicker
                label={`${index + 1}人目の本籍`}
                disabled={readOnly}
                onPick={(a) => {
                  onChange({ domicile: a });
                  document.getElementById(fieldId(path('domicile')))?.focus();
                }}
              />
            </div>
          )}
          {text('domicileHead', '筆頭者')}
        </div>
      )}

      {p.foreign && (
        <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
          {shown('residenceCategory') && (
            <SelectField
              path={path('residenceCategory')}
              label="30条の45区分"
              required={required('residenceCategory')}
              issues={issuesAt(path('residenceCategory'))}
              ocr={ocrAt(path('residenceCategory'))}
              options={residenceCategories.map((c) => [c, c] as const)}
              value={p.residenceCategory}
              readOnly={readOnly}
              onChange={(e) => {
                onChange({ residenceCategory: e.currentTarget.value });
              }}
            />
          )}
          {text('residenceStatus', '在留資格', { list: `${uid}-statuses` })}
          <datalist id={`${uid}-statuses`}>
            {residenceStatuses.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          {shown('periodOfStay') && (
            <HelperTextField
              path={path('periodOfStay')}
              label="在留期間"
              support="7桁のコード（例: 0500000）"
              required={required('periodOfStay')}
              issues={issuesAt(path('periodOfStay'))}
              ocr={ocrAt(path('periodOfStay'))}
              reading={period}
              value={p.periodOfStay}
              readOnly={readOnly}
              inputMode="numeric"
              autoComplete="off"
              onChange={(e) => {
                onChange({ periodOfStay: e.currentTarget.value });
              }}
            />
          )}
          {shown('periodExpiry') && (
            <HelperTextField
              path={path('periodExpiry')}
              label="在留期間の満了日"
              required={required('periodExpiry')}
              issues={issuesAt(path('periodExpiry'))}
              ocr={ocrAt(path('periodExpiry'))}
              reading={expiry}
              value={p.periodExpiry}
              readOnly={readOnly}
              autoComplete="off"
              onChange={(e) => {
                onChange({ periodExpiry: e.currentTarget.value });
              }}
            />
          )}
          {text('cardNumber', '在留カード等番号')}
        </div>
      )}
    </div>
  );
};

/**
 * The person editor renders again only when its person, position, rules input or findings change: typing in one
 * person does not re-render the others (counter PCs are slow). Its callbacks only read the editor's refs, so an
 * earlier render's callbacks stay correct.
 */
export const MemoPersonEditor = memo(
  PersonEditor,
  (a, b) =>
    a.person === b.person &&
    a.index === b.index &&
    a.reason === b.reason &&
    a.readOnly === b.readOnly &&
    a.canReadMyNumber === b.canReadMyNumber &&
    a.unmaskedMyNumber === b.unmaskedMyNumber &&
    a.myNumberShown === b.myNumberShown &&
    a.issueKey === b.issueKey &&
    a.openKanji === b.openKanji,
);
