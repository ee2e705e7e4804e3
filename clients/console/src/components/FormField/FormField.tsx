import { type ReactNode, forwardRef } from 'react';
import { ErrorText } from '../ErrorText';
import { Input, type InputProps } from '../Input';
import { Label } from '../Label';
import { SupportText } from '../SupportText';

export type FormFieldProps = Omit<InputProps, 'id' | 'isError' | 'aria-describedby' | 'aria-invalid' | 'required'> & {
  id: string;
  label: ReactNode;
  required?: boolean;
  /** A hint shown between the label and the input. */
  support?: ReactNode;
  /** Japanese message naming what is wrong; marks the input invalid. */
  error?: string | undefined;
};

/** A labelled text input whose hint and error are tied to it with aria-describedby. */
export const FormField = forwardRef<HTMLInputElement, FormFieldProps>((props, ref) => {
  const { id, label, required = false, support, error, className, ...inputProps } = props;
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [support ? supportId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={`flex flex-col gap-2 ${className ?? ''}`}>
      <Label htmlFor={id} required={required}>
        {label}
      </Label>
      {support && <SupportText id={supportId}>{support}</SupportText>}
      <Input
        ref={ref}
        id={id}
        isError={Boolean(error)}
        aria-required={required || undefined}
        aria-describedby={describedBy || undefined}
        {...inputProps}
      />
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </div>
  );
});
FormField.displayName = 'FormField';
