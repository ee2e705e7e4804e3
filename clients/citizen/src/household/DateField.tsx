import { ErrorText, RequiredMark, describedBy, inputStyle } from '../components/Field';
import { useI18n } from '../i18n/i18n';
import { type DateParts, type EraChoice, eras } from './model';

type Props = {
  id: string;
  legend: string;
  value: DateParts;
  onChange: (v: DateParts) => void;
  onBlur?: () => void;
  error: string | undefined;
  required: boolean;
};

/** A date in 西暦 or 和暦 (N-r): the era, then year, month and day as numbers; impossible dates are refused on check. */
export function DateField({ id, legend, value, onChange, onBlur, error, required }: Props) {
  const { t } = useI18n();
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const part = (key: 'year' | 'month' | 'day', label: string, width: string, max: number) => (
    <div className="flex items-center gap-1">
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        autoComplete="off"
        maxLength={String(max).length}
        className={`${inputStyle} ${width} text-right`}
        value={value[key]}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, error && errId)}
        onChange={(e) => { onChange({ ...value, [key]: e.target.value }); }}
        onBlur={onBlur}
      />
      <label htmlFor={`${id}-${key}`} className="text-std-17B-170">
        {label}
      </label>
    </div>
  );
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy(error && errId)}>
      <legend className="text-std-17B-170">
        {legend}
        <RequiredMark required={required} />
      </legend>
      <p id={hintId} className="text-std-16N-170 text-solid-gray-700">
        {t('gannen')}
      </p>
      <ErrorText id={errId} message={error} />
      <div className="flex flex-wrap items-end gap-3">
        <div className="flex flex-col">
          <label htmlFor={`${id}-era`} className="sr-only">
            {t('era')}
          </label>
          <select
            id={`${id}-era`}
            className={`${inputStyle} w-32`}
            value={value.era}
            aria-invalid={error ? true : undefined}
            onChange={(e) => { onChange({ ...value, era: e.target.value as EraChoice }); }}
            onBlur={onBlur}
          >
            {eras.map((era) => (
              <option key={era} value={era}>
                {era === 'seireki' ? t('seireki') : era}
              </option>
            ))}
          </select>
        </div>
        {part('year', t('year'), value.era === 'seireki' ? 'w-28' : 'w-20', value.era === 'seireki' ? 9999 : 99)}
        {part('month', t('month'), 'w-20', 12)}
        {part('day', t('day'), 'w-20', 31)}
      </div>
    </fieldset>
  );
}
