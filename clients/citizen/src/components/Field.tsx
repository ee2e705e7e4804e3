import type { ComponentProps, ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';

export const inputStyle = `
  block min-h-14 rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-17N-170
  text-solid-gray-900 hover:border-black aria-[invalid=true]:border-2 aria-[invalid=true]:border-error-1
`;

export function RequiredMark({ required }: { required: boolean }) {
  const { t } = useI18n();
  return (
    <span
      className={`ml-2 inline-block rounded-4 px-2 text-oln-14B-100 leading-6 ${
        required ? 'bg-red-1100 text-white' : 'border border-solid-gray-700 text-solid-gray-800'
      }`}
    >
      {required ? t('required') : t('optional')}
    </span>
  );
}

export function ErrorText({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-std-16B-170 text-red-1100">
      <span aria-hidden="true">！ </span>
      {message}
    </p>
  );
}

export function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const s = ids.filter((v): v is string => typeof v === 'string' && v !== '').join(' ');
  return s === '' ? undefined : s;
}

type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'className'> & {
  id: string;
  label: string;
  required: boolean;
  hint?: string | undefined;
  error?: string | undefined;
  after?: ReactNode;
  widthClass?: string;
};

/** A labelled text input with its hint and error tied to it by aria-describedby (N-q). */
export function TextField({ id, label, required, hint, error, after, widthClass, ...rest }: TextFieldProps) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-std-17B-170">
        {label}
        <RequiredMark required={required} />
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-std-16N-170 text-solid-gray-700">
          {hint}
        </p>
      ) : null}
      <ErrorText id={`${id}-error`} message={error} />
      <div className="flex flex-wrap items-center gap-3">
        <input
          id={id}
          className={`${inputStyle} ${widthClass ?? 'w-full'}`}
          aria-required={required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(hint && `${id}-hint`, error && `${id}-error`)}
          {...rest}
        />
        {after}
      </div>
    </div>
  );
}
