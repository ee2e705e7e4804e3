import { type ComponentProps, type ReactNode, forwardRef } from 'react';
import { ErrorText } from '../ErrorText';
import { Label } from '../Label';
import { SupportText } from '../SupportText';

export type SelectOption = { value: string; label: string };

export type SelectFieldProps = Omit<
  ComponentProps<'select'>,
  'id' | 'children' | 'aria-describedby' | 'aria-invalid'
> & {
  id: string;
  label: ReactNode;
  options: readonly SelectOption[];
  support?: ReactNode;
  error?: string | undefined;
};

/** A labelled native select (keyboard and screen readers work as the platform does), with hint and error. */
export const SelectField = forwardRef<HTMLSelectElement, SelectFieldProps>((props, ref) => {
  const { id, label, options, support, error, className, required, ...rest } = props;
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [support ? supportId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`flex flex-col gap-2 ${className ?? ''}`}>
      <Label htmlFor={id} required={required ?? false}>
        {label}
      </Label>
      {support && <SupportText id={supportId}>{support}</SupportText>}
      <select
        ref={ref}
        id={id}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        className="
          h-14 w-full max-w-full cursor-pointer rounded-8 border border-solid-gray-600 bg-white px-4 text-oln-16N-100
          text-solid-gray-800 hover:border-black aria-[invalid=true]:border-error-1
          focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300
        "
        {...rest}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </div>
  );
});
SelectField.displayName = 'SelectField';
