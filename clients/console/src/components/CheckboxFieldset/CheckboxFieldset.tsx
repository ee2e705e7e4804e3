import type { ReactNode } from 'react';
import { ErrorText } from '../ErrorText';
import { SupportText } from '../SupportText';

export type CheckboxOption = { value: string; label: ReactNode };

export type CheckboxFieldsetProps = {
  /** Prefix of the ids: each checkbox is `${id}-${value}`. */
  id: string;
  legend: ReactNode;
  name: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  support?: ReactNode;
  error?: string | undefined;
  className?: string;
};

/**
 * Several checkboxes under one legend (a multi-select the keyboard handles natively: Tab to the group, Space
 * to tick). The order of the result follows the options, not the order of the clicks.
 */
export const CheckboxFieldset = (props: CheckboxFieldsetProps) => {
  const { id, legend, name, options, value, onChange, support, error, className } = props;
  const supportId = `${id}-support`;
  const errorId = `${id}-error`;
  const describedBy = [support ? supportId : null, error ? errorId : null].filter(Boolean).join(' ');

  const toggle = (v: string, checked: boolean) => {
    const next = new Set(value);
    if (checked) next.add(v);
    else next.delete(v);
    onChange(options.map((o) => o.value).filter((o) => next.has(o)));
  };

  return (
    // Focusable (not in the Tab order) so that an error summary's link can take the focus to the group.
    <fieldset
      id={id}
      tabIndex={-1}
      className={`flex flex-col gap-2 ${className ?? ''}`}
      aria-describedby={describedBy || undefined}
    >
      <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{legend}</legend>
      {support && <SupportText id={supportId}>{support}</SupportText>}
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {options.map((o) => {
          const itemId = `${id}-${o.value}`;
          return (
            <li key={o.value} className="flex items-center gap-2">
              <input
                id={itemId}
                type="checkbox"
                name={name}
                value={o.value}
                checked={value.includes(o.value)}
                onChange={(e) => {
                  toggle(o.value, e.currentTarget.checked);
                }}
                aria-invalid={error ? true : undefined}
                className="size-6 shrink-0 cursor-pointer accent-blue-900"
              />
              <label htmlFor={itemId} className="cursor-pointer text-std-16N-170 text-solid-gray-800">
                {o.label}
              </label>
            </li>
          );
        })}
      </ul>
      {error && <ErrorText id={errorId}>{error}</ErrorText>}
    </fieldset>
  );
};
