import { type ComponentProps, forwardRef } from 'react';

export type ErrorSummaryItem = {
  message: string;
  /** id of the field the message is about; the item links to it. */
  fieldId?: string | undefined;
  /** Visible name of that field, e.g. 「パスワード」. */
  fieldLabel?: string | undefined;
};

export type ErrorSummaryProps = Omit<ComponentProps<'div'>, 'title' | 'role'> & {
  title: string;
  items: readonly ErrorSummaryItem[];
};

/**
 * The box beside a form listing what went wrong, each item naming its field and linking to it.
 * role="alert" makes screen readers announce it as soon as it appears.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>((props, ref) => {
  const { title, items, className, ...rest } = props;
  if (items.length === 0) return null;

  return (
    <div
      ref={ref}
      role="alert"
      className={`rounded-12 border-2 border-error-1 bg-white p-4 text-solid-gray-800 ${className ?? ''}`}
      {...rest}
    >
      <p className="text-std-17B-170 text-red-1000">{title}</p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
        {items.map((item) => (
          <li key={`${item.fieldId ?? ''}:${item.message}`} className="text-std-16N-170">
            {item.fieldId && item.fieldLabel ? (
              <a
                href={`#${item.fieldId}`}
                className="text-blue-900 underline hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId ?? '')?.focus();
                }}
              >
                {item.fieldLabel}：{item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
ErrorSummary.displayName = 'ErrorSummary';
