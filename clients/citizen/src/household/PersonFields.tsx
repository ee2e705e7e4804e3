import { useRef } from 'react';
import { api } from '../api/client';
import { ErrorText, RequiredMark, TextField, describedBy, inputStyle } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { DateField } from './DateField';
import { type PersonForm, isForeign, relationships } from './model';
import { useKanaCapture } from './useKanaCapture';

export type PersonUpdate = (update: (p: PersonForm) => PersonForm) => void;

type Props = {
  lg: string;
  index: number;
  person: PersonForm;
  update: PersonUpdate;
  errorOf: (fieldId: string) => string | undefined;
  touch: (fieldId: string) => void;
};

type Part = 'family' | 'given';

function NameWithKana({ lg, index, person, update, errorOf, part }: Props & { part: Part }) {
  const { t } = useI18n();
  const kanjiKey = part === 'family' ? 'familyName' : 'givenName';
  const kanaKey = part === 'family' ? 'familyNameKana' : 'givenNameKana';
  const id = (f: string) => `person-${index + 1}-${f}`;
  // Set once the resident types the reading themselves: from then on it is theirs and never overwritten.
  const manual = useRef(person[kanaKey] !== '');
  const capture = useKanaCapture((reading) => {
    if (manual.current) return;
    update((p) => ({ ...p, [kanaKey]: p[kanaKey] + reading }));
  });
  return (
    <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
      <TextField
        id={id(kanjiKey)}
        label={t(kanjiKey)}
        required
        autoComplete={index === 0 ? (part === 'family' ? 'family-name' : 'given-name') : 'off'}
        value={person[kanjiKey]}
        error={errorOf(id(kanjiKey))}
        onChange={(e) => {
          const v = e.target.value;
          update((p) => ({ ...p, [kanjiKey]: v, ...(v === '' && !manual.current ? { [kanaKey]: '' } : {}) }));
        }}
        onBlur={(e) => {
          const text = e.target.value.trim();
          if (text === '' || person[kanaKey] !== '' || manual.current) return;
          // No composition gave a reading (paste, autofill): ask the server's dictionary.
          api
            .kana(lg, text, part)
            .then((r) => {
              const best = r.readings[0];
              if (best && !manual.current) update((p) => (p[kanaKey] === '' ? { ...p, [kanaKey]: best } : p));
            })
            .catch(() => undefined);
        }}
        {...capture}
      />
      <TextField
        id={id(kanaKey)}
        label={t(kanaKey)}
        required={!isForeign(person)}
        hint={t('kanaHint')}
        value={person[kanaKey]}
        error={errorOf(id(kanaKey))}
        onChange={(e) => {
          const v = e.target.value;
          manual.current = v !== '';
          update((p) => ({ ...p, [kanaKey]: v }));
        }}
      />
    </div>
  );
}

/** One person of the household (N-u): name and reading (N-n), birth date (N-r), sex, 続柄, nationality. */
export function PersonFields(props: Props) {
  const { t } = useI18n();
  const { index, person, update, errorOf, touch } = props;
  const n = index + 1;
  const id = (f: string) => `person-${n}-${f}`;
  const sexError = errorOf(id('sex-1'));
  const relError = errorOf(id('relationship'));
  return (
    <div className="flex flex-col gap-5">
      <NameWithKana {...props} part="family" />
      <NameWithKana {...props} part="given" />
      <DateField
        id={id('birth')}
        legend={t('birthDate')}
        required
        value={person.birth}
        error={errorOf(id('birth-year'))}
        onChange={(birth) => { update((p) => ({ ...p, birth })); }}
        onBlur={() => { touch(id('birth-year')); }}
      />
      <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(sexError && `${id('sex')}-error`)}>
        <legend className="text-std-17B-170">
          {t('sex')}
          <RequiredMark required />
        </legend>
        <ErrorText id={`${id('sex')}-error`} message={sexError} />
        <div className="flex flex-wrap gap-3">
          {(
            [
              ['1', t('male')],
              ['2', t('female')],
            ] as const
          ).map(([v, label]) => (
            <label
              key={v}
              className="flex min-h-14 min-w-28 cursor-pointer items-center gap-3 rounded-8 border-2 border-solid-gray-600 px-4 has-[:checked]:border-theme has-[:checked]:bg-theme-soft"
            >
              <input
                id={id(`sex-${v}`)}
                type="radio"
                name={id('sex')}
                value={v}
                checked={person.sex === v}
                aria-invalid={sexError ? true : undefined}
                onChange={() => { update((p) => ({ ...p, sex: v })); }}
                className="h-6 w-6 accent-[var(--theme)]"
              />
              <span className="text-std-17B-170">{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {index === 0 ? (
        <p>
          <span className="text-std-17B-170">{t('relationship')}：</span>
          {t('relationshipHead')}
        </p>
      ) : (
        <div className="flex flex-col gap-1">
          <label htmlFor={id('relationship')} className="text-std-17B-170">
            {t('relationship')}
            <RequiredMark required />
          </label>
          <ErrorText id={`${id('relationship')}-error`} message={relError} />
          <select
            id={id('relationship')}
            className={`${inputStyle} w-full md:w-80`}
            value={person.relationship}
            aria-required
            aria-invalid={relError ? true : undefined}
            aria-describedby={describedBy(relError && `${id('relationship')}-error`)}
            onChange={(e) => {
              const v = e.target.value;
              update((p) => ({ ...p, relationship: v }));
            }}
          >
            <option value="">{t('chooseOne')}</option>
            {relationships.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </div>
      )}
      <TextField
        id={id('nationality')}
        label={t('nationality')}
        required
        hint={t('nationalityHint')}
        widthClass="w-full md:w-80"
        autoComplete="off"
        value={person.nationality}
        error={errorOf(id('nationality'))}
        onChange={(e) => {
          const v = e.target.value;
          update((p) => ({ ...p, nationality: v }));
        }}
      />
      {isForeign(person) ? (
        <TextField
          id={id('romajiName')}
          label={t('romajiName')}
          required
          autoComplete="off"
          value={person.romajiName}
          error={errorOf(id('romajiName'))}
          onChange={(e) => {
            const v = e.target.value;
            update((p) => ({ ...p, romajiName: v }));
          }}
        />
      ) : null}
    </div>
  );
}
