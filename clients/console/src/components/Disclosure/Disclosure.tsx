import type { ComponentProps, ReactNode } from 'react';

export type DisclosureProps = Omit<ComponentProps<'details'>, 'onToggle'> & {
  summary: ReactNode;
  onOpenChange?: (open: boolean) => void;
};

/** Native details/summary: keyboard (Enter/Space) and screen-reader support come from the browser. */
export const Disclosure = (props: DisclosureProps) => {
  const { summary, children, className, onOpenChange, ...rest } = props;
  return (
    <details
      className={`group ${className ?? ''}`}
      onToggle={(e) => onOpenChange?.(e.currentTarget.open)}
      {...rest}
    >
      <summary
        className="
          inline-flex cursor-pointer list-none items-center gap-2 rounded-4 text-std-16N-170 text-blue-900 underline
          underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)]
          focus-visible:bg-yellow-300 [&::-webkit-details-marker]:hidden
        "
      >
        <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
          ▶
        </span>
        {summary}
      </summary>
      <div className="mt-4">{children}</div>
    </details>
  );
};
