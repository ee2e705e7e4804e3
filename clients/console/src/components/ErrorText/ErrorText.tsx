import type { ComponentProps } from 'react';

export type ErrorTextProps = ComponentProps<'p'>;

/** The message under a field; the field points at it with aria-describedby. */
export const ErrorText = ({ className, children, ...rest }: ErrorTextProps) => (
  <p className={`text-std-16N-170 text-red-1000 ${className ?? ''}`} {...rest}>
    ＊{children}
  </p>
);
