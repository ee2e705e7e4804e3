import { type ComponentProps, type ReactNode, forwardRef } from 'react';
import { ErrorText } from '../ErrorText';
import { Label } from '../Label';
import { SupportText } from '../SupportText';

export type FileFieldProps = Omit<ComponentProps<'input'>, 'id' | 'type' | 'aria-describedby' | 'aria-invalid'> & {
  id: string;
  label: ReactNode;
  support?: ReactNode;
  error?: string | undefined;
};

/** A labelled native file input: the browser's own button is keyboard and screen-reader friendly. */
export const FileField = forwardRef<HTMLInputElement, FileFieldProps>((props, ref) => {
  const { id, label, support, error, className, required, ...rest } = props;
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [support ? supportId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`flex flex-col gap-2 ${className ?? ''}`}>
      <Label htmlFor={id} required={required ?? false}>
        {label}
      </Label>
      {support && <SupportText id={supportId}>{support}</SupportText>}
      <input
        ref={ref}
        id={id}
        type="file"
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        className="
          w-full max-w-full cursor-pointer rounded-8 border border-solid-gray-600 bg-white p-2 text-std-16N-170 text-solid-gray-800
          file:mr-4 file:cursor-pointer file:rounded-6 file:border file:border-current file:bg-white file:px-3 file:py-1
          file:text-oln-16B-100 file:text-blue-900 hover:file:bg-blue-200 aria-[invalid=true]:border-error-1
          focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300
        "
        {...rest}
      />
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </div>
  );
});
FileField.displayName = 'FileField';
