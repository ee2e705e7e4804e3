import { type ComponentProps, type ReactNode, forwardRef } from 'react';
import { ErrorText } from '../ErrorText';
import { Label } from '../Label';
import { SupportText } from '../SupportText';

export type TextareaFieldProps = Omit<
  ComponentProps<'textarea'>,
  'id' | 'placeholder' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  support?: ReactNode;
  error?: string | undefined;
  /** Monospace text (CSV, JSON). */
  code?: boolean;
};

/** A labelled multi-line input whose hint and error are tied to it with aria-describedby. */
export const TextareaField = forwardRef<HTMLTextAreaElement, TextareaFieldProps>((props, ref) => {
  const { id, label, support, error, className, required, code = false, ...rest } = props;
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [support ? supportId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`flex flex-col gap-2 ${className ?? ''}`}>
      <Label htmlFor={id} required={required ?? false}>
        {label}
      </Label>
      {support && <SupportText id={supportId}>{support}</SupportText>}
      <textarea
        ref={ref}
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        className={`
          w-full max-w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-solid-gray-800
          hover:border-black aria-[invalid=true]:border-error-1
          focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300
          ${code ? 'font-mono text-mono-16N-150' : 'text-std-16N-170'}
        `}
        {...rest}
      />
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </div>
  );
});
TextareaField.displayName = 'TextareaField';
