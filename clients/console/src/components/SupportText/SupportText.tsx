import type { ComponentProps } from 'react';

export type SupportTextProps = ComponentProps<'p'>;

export const SupportText = ({ className, ...rest }: SupportTextProps) => (
  <p className={`text-std-16N-170 text-solid-gray-700 ${className ?? ''}`} {...rest} />
);
