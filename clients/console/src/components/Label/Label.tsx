import type { ComponentProps } from 'react';

export type LabelSize = 'lg' | 'md' | 'sm';

export const labelSizeStyle: { [key in LabelSize]: string } = {
  lg: 'text-std-18B-160',
  md: 'text-std-17B-170',
  sm: 'text-std-16B-170',
};

export type LabelProps = ComponentProps<'label'> & {
  size?: LabelSize;
  /** Shows 「※必須」 after the label text. */
  required?: boolean;
};

export const Label = (props: LabelProps) => {
  const { className, size = 'md', required = false, children, ...rest } = props;
  return (
    <label className={`flex w-fit items-center gap-2 text-solid-gray-800 ${labelSizeStyle[size]} ${className ?? ''}`} {...rest}>
      {children}
      {required && <span className="text-dns-16N-130 text-red-1000">※必須</span>}
    </label>
  );
};
