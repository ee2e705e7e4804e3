import { forwardRef } from 'react';

export type ErrorSummaryItem = { fieldId: string; label: string; message: string };

type Props = { title: string; items: readonly ErrorSummaryItem[] };

/**
 * The box above the form listing what is missing or wrong, each item naming its field and linking to it (N-q).
 * The form moves focus here after a failed submit, so screen readers read it at once.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, Props>(({ title, items }, ref) => {
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      className="rounded-12 border-4 border-error-1 bg-white p-4 print:hidden"
    >
      <h2 id="error-summary-title" className="text-std-18B-160 text-red-1100">
        {title}
      </h2>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
        {items.map((item) => (
          <li key={`${item.fieldId}:${item.message}`}>
            <a
              href={`#${item.fieldId}`}
              className="text-red-1100 underline hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300"
              onClick={(e) => {
                e.preventDefault();
                const el = document.getElementById(item.fieldId);
                el?.focus();
                el?.scrollIntoView({ block: 'center' });
              }}
            >
              {item.label}：{item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
ErrorSummary.displayName = 'ErrorSummary';
