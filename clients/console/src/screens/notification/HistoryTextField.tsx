import { type FocusEvent, type KeyboardEvent, forwardRef, useId, useState } from 'react';
import { useQuery } from 'urql';
import { InputHistoryQuery } from './documents';
import { TextField, type TextFieldProps } from './fields';
import { useDebounced } from './useDebounced';

export type HistoryKind = 'name' | 'address' | 'domicile';

export type HistoryTextFieldProps = TextFieldProps & {
  kind: HistoryKind;
  /** What to look up; the input's value unless given (a name looks up 「氏 名」). */
  prefix: string;
  /** The value already complete, not offered again. */
  current?: string;
  onPick: (value: string) => void;
};

/**
 * A text field offering earlier inputs (K-h) as a combobox: ↓/↑ move through them, Enter takes one, Esc closes
 * the list. The list belongs to the field (aria-controls) so screen readers announce it.
 */
export const HistoryTextField = forwardRef<HTMLInputElement, HistoryTextFieldProps>((props, ref) => {
  const { kind, prefix, current, onPick, onKeyDown, onFocus, onBlur, onChange, below, readOnly, ...rest } = props;
  const listId = useId();
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const settled = useDebounced(prefix.trim(), 250);

  const [{ data }] = useQuery({
    query: InputHistoryQuery,
    variables: { kind, prefix: settled },
    pause: !focused || settled === '' || readOnly === true,
  });
  const options = (data?.inputHistory ?? []).filter((v) => v !== (current ?? prefix).trim());
  const expanded = open && focused && options.length > 0 && !readOnly;
  const optionId = (i: number) => `${listId}-o${i}`;

  const pick = (value: string) => {
    onPick(value);
    setOpen(false);
    setActive(-1);
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && options.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
      return;
    }
    if (e.key === 'ArrowUp' && expanded) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
      return;
    }
    if (e.key === 'Enter' && expanded && active >= 0) {
      const v = options[active];
      if (v !== undefined) {
        e.preventDefault();
        pick(v);
        return;
      }
    }
    if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      setActive(-1);
      return;
    }
    onKeyDown?.(e);
  };

  return (
    <TextField
      ref={ref}
      {...rest}
      readOnly={readOnly}
      role="combobox"
      aria-autocomplete="list"
      aria-expanded={expanded}
      aria-controls={listId}
      aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
      autoComplete="off"
      onChange={(e) => {
        setOpen(true);
        setActive(-1);
        onChange?.(e);
      }}
      onKeyDown={handleKeyDown}
      onFocus={(e: FocusEvent<HTMLInputElement>) => {
        setFocused(true);
        setOpen(true);
        onFocus?.(e);
      }}
      onBlur={(e: FocusEvent<HTMLInputElement>) => {
        setFocused(false);
        setOpen(false);
        setActive(-1);
        onBlur?.(e);
      }}
      below={
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label="以前の入力"
            hidden={!expanded}
            className="absolute left-0 right-0 top-full z-20 mt-1 max-h-64 overflow-auto rounded-8 border border-solid-gray-600 bg-white py-1 shadow-2"
          >
            {expanded &&
              options.map((v, i) => (
                <li
                  key={v}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={`cursor-pointer px-3 py-2 text-std-16N-170 ${
                    i === active ? 'bg-blue-900 text-white' : 'text-solid-gray-800 hover:bg-blue-50'
                  }`}
                  onMouseDown={(e) => {
                    // Keep the focus in the input; the click picks the option.
                    e.preventDefault();
                  }}
                  onClick={() => {
                    pick(v);
                  }}
                >
                  {v}
                </li>
              ))}
          </ul>
          {below}
        </>
      }
    />
  );
});
HistoryTextField.displayName = 'HistoryTextField';
