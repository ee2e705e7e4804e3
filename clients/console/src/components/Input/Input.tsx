import { type ComponentProps, forwardRef } from 'react';

export type InputBlockSize = 'lg' | 'md' | 'sm';

export type InputProps = Omit<ComponentProps<'input'>, 'placeholder'> & {
  isError?: boolean;
  blockSize?: InputBlockSize;
  // Placeholders vanish on input and fail contrast; put hints in SupportText instead.
  placeholder?: never;
};

export const inputBlockSizeStyle: { [key in InputBlockSize]: string } = {
  lg: 'h-14',
  md: 'h-12',
  sm: 'h-10',
};

export const Input = forwardRef<HTMLInputElement, InputProps>((props, ref) => {
  const { className, readOnly, isError, blockSize = 'lg', ...rest } = props;
  const unavailable = rest['aria-disabled'] === true || rest['aria-disabled'] === 'true';

  return (
    <input
      ref={ref}
      className={`
        w-full max-w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-oln-16N-100 text-solid-gray-800
        hover:[&:read-write]:border-black
        aria-[invalid=true]:border-error-1 aria-[invalid=true]:hover:[&:read-write]:border-red-1000
        focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300
        read-only:border-dashed
        aria-disabled:border-solid aria-disabled:border-solid-gray-300 aria-disabled:bg-solid-gray-50 aria-disabled:text-solid-gray-420
        aria-disabled:forced-colors:text-[GrayText] aria-disabled:forced-colors:border-[GrayText]
        ${inputBlockSizeStyle[blockSize]} ${className ?? ''}
      `}
      aria-invalid={isError || undefined}
      readOnly={unavailable ? true : readOnly}
      {...rest}
    />
  );
});
Input.displayName = 'Input';
