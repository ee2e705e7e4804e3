import { type ComponentProps, type ReactNode, forwardRef } from 'react';
import { ErrorText } from '../../components/ErrorText';
import { Input } from '../../components/Input';
import { Label } from '../../components/Label';
import { SupportText } from '../../components/SupportText';
import { fieldId } from './draft';

export type FieldIssue = { code: string; severity: string; message: string };

/** An item read by OCR (A1): shown as a small marker so staff know to compare it with the document. */
export type OcrSource = { confidence: number; documentID: string };

export const OcrBadge = ({ source }: { source: OcrSource | undefined }) => {
  if (!source) return null;
  const pct = Math.round(source.confidence * 100);
  const low = source.confidence < 0.9;
  return (
    <span
      className={`inline-flex items-center rounded-4 border px-1.5 text-dns-14N-130 ${
        low ? 'border-red-1000 bg-red-50 text-red-1100' : 'border-blue-900 bg-blue-50 text-blue-900'
      }`}
      title={`OCRで読み取った値（確からしさ${pct}%）`}
    >
      OCR {pct}%<span className="sr-only">{low ? '（要確認）' : ''}</span>
    </span>
  );
};

/** The messages under a field; errors in red with ＊, warnings in dark yellow with ！. */
export const IssueMessages = ({ id, issues }: { id: string; issues: readonly FieldIssue[] }) => {
  if (issues.length === 0) return null;
  return (
    <div id={id} className="flex flex-col gap-1">
      {issues.map((is) =>
        is.severity === 'error' ? (
          <ErrorText key={`${is.code}:${is.message}`}>{is.message}</ErrorText>
        ) : (
          <p key={`${is.code}:${is.message}`} className="text-std-16N-170 text-yellow-1200">
            ！{is.message}
          </p>
        ),
      )}
    </div>
  );
};

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const s = ids.filter(Boolean).join(' ');
  return s === '' ? undefined : s;
}

type CommonFieldProps = {
  /** The path of the input in the 届出 (persons.0.familyName); gives the id the paper and the summary link to. */
  path: string;
  label: ReactNode;
  required?: boolean | undefined;
  support?: ReactNode;
  issues?: readonly FieldIssue[] | undefined;
  ocr?: OcrSource | undefined;
  /** Shown after the input, e.g. 「令和4年12月1日(2022年)(1歳)」. */
  helper?: ReactNode;
  /** id of the helper's element when it should be read with the input. */
  helperId?: string | undefined;
  /** Buttons beside the input (単漢字検索, 郵便番号 …). */
  actions?: ReactNode;
  /** Rendered under the input inside the field (a suggestion list). */
  below?: ReactNode;
  className?: string | undefined;
};

export type TextFieldProps = CommonFieldProps &
  Omit<ComponentProps<'input'>, 'id' | 'className' | 'placeholder' | 'required'> & {
    blockSize?: 'lg' | 'md' | 'sm';
  };

/** A labelled input of the 届出 whose hint, issues and helper are tied to it with aria-describedby. */
export const TextField = forwardRef<HTMLInputElement, TextFieldProps>((props, ref) => {
  const {
    path,
    label,
    required = false,
    support,
    issues = [],
    ocr,
    helper,
    helperId,
    actions,
    below,
    className,
    blockSize = 'md',
    ...inputProps
  } = props;
  const id = fieldId(path);
  const hasError = issues.some((i) => i.severity === 'error');
  const { 'aria-describedby': extraDescribedBy, ...rest } = inputProps;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ''}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={id} size="sm" required={required}>
          {label}
        </Label>
        <OcrBadge source={ocr} />
      </div>
      {support && (
        <SupportText id={`${id}-support`} className="!text-std-16N-170">
          {support}
        </SupportText>
      )}
      <div className="flex items-start gap-2">
        <div className="relative min-w-0 flex-1">
          <Input
            ref={ref}
            id={id}
            data-path={path}
            blockSize={blockSize}
            isError={hasError}
            aria-required={required || undefined}
            aria-describedby={describedBy(
              support ? `${id}-support` : null,
              issues.length > 0 ? `${id}-issues` : null,
              helperId,
              extraDescribedBy,
            )}
            {...rest}
          />
          {below}
        </div>
        {actions}
      </div>
      {helper}
      <IssueMessages id={`${id}-issues`} issues={issues} />
    </div>
  );
});
TextField.displayName = 'TextField';

export type SelectFieldProps = CommonFieldProps &
  Omit<ComponentProps<'select'>, 'id' | 'className' | 'required'> & {
    options: readonly (readonly [string, string])[];
    /** The first, empty option's text; null for none (a value must stay chosen). */
    emptyLabel?: string | null;
    readOnly?: boolean;
  };

export const SelectField = (props: SelectFieldProps) => {
  const {
    path,
    label,
    required = false,
    support,
    issues = [],
    ocr,
    helper,
    helperId,
    className,
    options,
    emptyLabel = '選択してください',
    readOnly = false,
    onChange,
    value,
    ...rest
  } = props;
  const id = fieldId(path);
  const hasError = issues.some((i) => i.severity === 'error');
  const known = options.some(([v]) => v === value) || value === '' || value === undefined;
  return (
    <div className={`flex min-w-0 flex-col gap-1 ${className ?? ''}`}>
      <div className="flex flex-wrap items-center gap-2">
        <Label htmlFor={id} size="sm" required={required}>
          {label}
        </Label>
        <OcrBadge source={ocr} />
      </div>
      {support && <SupportText id={`${id}-support`}>{support}</SupportText>}
      <select
        id={id}
        data-path={path}
        value={value}
        onChange={readOnly ? undefined : onChange}
        aria-disabled={readOnly || undefined}
        aria-invalid={hasError || undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy(
          support ? `${id}-support` : null,
          issues.length > 0 ? `${id}-issues` : null,
          helperId,
        )}
        className="h-12 w-full rounded-8 border border-solid-gray-600 bg-white px-3 text-oln-16N-100 text-solid-gray-800 hover:border-black aria-[invalid=true]:border-error-1 aria-disabled:border-solid-gray-300 aria-disabled:bg-solid-gray-50 aria-disabled:text-solid-gray-700"
        {...rest}
      >
        {emptyLabel !== null && <option value="">{emptyLabel}</option>}
        {!known && typeof value === 'string' && <option value={value}>{value}</option>}
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
      {helper}
      <IssueMessages id={`${id}-issues`} issues={issues} />
    </div>
  );
};

export type HelperFieldProps = TextFieldProps & {
  /** What the server read from the value (a date in 和暦 and 西暦, an age, a 在留期間). */
  reading: { text?: string | undefined; error?: string | undefined };
};

/** A TextField that shows the server's reading of its value beside it, and its complaint as an issue. */
export const HelperTextField = forwardRef<HTMLInputElement, HelperFieldProps>((props, ref) => {
  const { reading, issues = [], ...rest } = props;
  const id = fieldId(rest.path);
  const merged =
    reading.error && !issues.some((i) => i.message === reading.error)
      ? [...issues, { code: 'format', severity: 'error', message: reading.error }]
      : issues;
  return (
    <TextField
      ref={ref}
      {...rest}
      issues={merged}
      helperId={reading.text ? `${id}-reading` : undefined}
      helper={
        reading.text ? (
          <p id={`${id}-reading`} className="text-std-16N-170 text-green-900">
            → {reading.text}
          </p>
        ) : null
      }
    />
  );
});
HelperTextField.displayName = 'HelperTextField';
