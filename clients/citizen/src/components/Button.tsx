import type { ComponentProps, MouseEvent } from 'react';

export type ButtonVariant = 'solid-fill' | 'outline' | 'text';
export type ButtonSize = 'lg' | 'md';

const base = `
  inline-flex items-center justify-center gap-2 underline-offset-[calc(3/16*1rem)] cursor-pointer text-center
  aria-disabled:cursor-default print:hidden
`;

const variants: Record<ButtonVariant, string> = {
  'solid-fill': `
    border-4 border-double border-transparent bg-theme text-white
    hover:bg-theme-hover hover:underline active:underline
    aria-disabled:bg-solid-gray-300 aria-disabled:text-solid-gray-900 aria-disabled:no-underline
  `,
  outline: `
    border-2 border-theme bg-white text-theme
    hover:bg-theme-soft hover:underline active:underline
    aria-disabled:text-solid-gray-700 aria-disabled:no-underline
  `,
  text: `
    text-theme underline hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300
  `,
};

// Big tap targets (N-c): 56 px high for the main actions, 48 px for the rest; WCAG 2.5.5 asks 44.
const sizes: Record<ButtonSize, string> = {
  lg: 'min-h-14 min-w-[calc(136/16*1rem)] rounded-8 px-5 py-3 text-oln-17B-100',
  md: 'min-h-12 min-w-24 rounded-8 px-4 py-2 text-oln-16B-100',
};

export type ButtonProps = ComponentProps<'button'> & { variant: ButtonVariant; size: ButtonSize };

/** A button that stays focusable and announced while unavailable: aria-disabled swallows the click. */
export function Button({ className, variant, size, onClick, type = 'button', ...rest }: ButtonProps) {
  const unavailable = rest['aria-disabled'] === true || rest['aria-disabled'] === 'true';
  const handleClick = (e: MouseEvent<HTMLButtonElement>) => {
    if (unavailable) {
      e.preventDefault();
      return;
    }
    onClick?.(e);
  };
  return (
    <button
      type={type}
      className={`${base} ${sizes[size]} ${variants[variant]} ${className ?? ''}`}
      onClick={handleClick}
      {...rest}
    />
  );
}
