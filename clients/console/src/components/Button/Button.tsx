import { type ComponentProps, type MouseEvent, forwardRef } from 'react';

export type ButtonVariant = 'solid-fill' | 'outline' | 'text';
export type ButtonSize = 'lg' | 'md' | 'sm';

export const buttonBaseStyle = `
  inline-flex items-center justify-center gap-2 underline-offset-[calc(3/16*1rem)] cursor-pointer
  focus-visible:outline-4 focus-visible:outline-black focus-visible:outline-offset-[calc(2/16*1rem)]
  focus-visible:ring-[calc(2/16*1rem)] focus-visible:ring-yellow-300
  aria-disabled:cursor-default aria-disabled:forced-colors:border-[GrayText] aria-disabled:forced-colors:text-[GrayText]
`;

export const buttonVariantStyle: { [key in ButtonVariant]: string } = {
  'solid-fill': `
    border-4 border-double border-transparent bg-blue-900 text-white
    hover:bg-blue-1000 hover:underline active:bg-blue-1200 active:underline
    aria-disabled:bg-solid-gray-300 aria-disabled:text-solid-gray-50 aria-disabled:no-underline
  `,
  outline: `
    border border-current bg-white text-blue-900
    hover:bg-blue-200 hover:text-blue-1000 hover:underline active:bg-blue-300 active:text-blue-1200 active:underline
    aria-disabled:bg-white aria-disabled:text-solid-gray-300 aria-disabled:no-underline
  `,
  text: `
    text-blue-900 underline
    hover:bg-blue-50 hover:text-blue-1000 hover:decoration-[calc(3/16*1rem)]
    active:bg-blue-100 active:text-blue-1200 focus-visible:bg-yellow-300
    aria-disabled:bg-transparent aria-disabled:text-solid-gray-300
  `,
};

export const buttonSizeStyle: { [key in ButtonSize]: string } = {
  lg: 'min-w-[calc(136/16*1rem)] min-h-14 rounded-8 px-4 py-3 text-oln-16B-100',
  md: 'min-w-24 min-h-12 rounded-8 px-4 py-2 text-oln-16B-100',
  sm: 'min-w-20 min-h-11 rounded-6 px-3 py-0.5 text-oln-16B-100',
};

export type ButtonProps = ComponentProps<'button'> & {
  variant: ButtonVariant;
  size: ButtonSize;
};

/**
 * A button that stays focusable and announced while unavailable: pass aria-disabled instead of
 * disabled, and the click (or the form submission it would start) is swallowed.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>((props, ref) => {
  const { className, variant, size, onClick, type = 'button', ...rest } = props;
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
      ref={ref}
      type={type}
      className={`${buttonBaseStyle} ${buttonSizeStyle[size]} ${buttonVariantStyle[variant]} ${className ?? ''}`}
      onClick={handleClick}
      {...rest}
    />
  );
});
Button.displayName = 'Button';
