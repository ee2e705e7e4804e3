import type { ComponentProps, ReactNode } from 'react';

export type StatusMessageProps = Omit<ComponentProps<'div'>, 'role' | 'children'> & {
  /** The message; leave empty while there is nothing to say. */
  children?: ReactNode;
};

/**
 * A polite announcement of success, e.g. after a change was saved. The role="status" region is always
 * in the page (empty when idle) because screen readers only announce changes to a region they already know.
 */
export const StatusMessage = ({ className, children, ...rest }: StatusMessageProps) => (
  <div role="status" {...rest}>
    {children ? (
      <p className={`rounded-12 border-2 border-success-1 bg-white p-4 text-std-16B-170 text-green-900 ${className ?? ''}`}>
        {children}
      </p>
    ) : null}
  </div>
);
