import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { TextareaField } from '../../components/TextareaField';
import type { PathError } from './errors';
import { lineOf, locateJsonPath } from './jsonPath';

export type JsonEditorHandle = {
  /** Focuses the editor and selects the value at path (or nothing, when the text has no such place). */
  reveal: (path: string) => number | null;
  focus: () => void;
};

export type JsonEditorProps = {
  id: string;
  label: string;
  support: string;
  value: string;
  onChange: (value: string) => void;
  rows?: number;
  /** A one-line summary of what is wrong, tied to the editor with aria-describedby. */
  error?: string | undefined;
};

/**
 * A monospace textarea for a JSON definition. Errors that name a path inside it (questions.0.choices.1.id) can
 * select that place, so a keyboard user lands on what to fix.
 */
export const JsonEditor = forwardRef<JsonEditorHandle, JsonEditorProps>(
  ({ id, label, support, value, onChange, rows = 24, error }, ref) => {
    const area = useRef<HTMLTextAreaElement>(null);
    useImperativeHandle(ref, () => ({
      focus: () => area.current?.focus(),
      reveal: (path: string) => {
        const el = area.current;
        if (!el) return null;
        el.focus();
        const range = locateJsonPath(el.value, path);
        if (!range) return null;
        el.setSelectionRange(range.start, range.end);
        // Scrolls the textarea so the selection is in view: the browser only does so while typing.
        const line = lineOf(el.value, range.start);
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 24;
        el.scrollTop = Math.max(0, (line - 3) * lineHeight);
        return line;
      },
    }));
    return (
      <TextareaField
        ref={area}
        id={id}
        label={label}
        code
        rows={rows}
        spellCheck={false}
        autoComplete="off"
        autoCapitalize="off"
        support={support}
        error={error}
        value={value}
        onChange={(e) => {
          onChange(e.currentTarget.value);
        }}
      />
    );
  },
);
JsonEditor.displayName = 'JsonEditor';

export type PathErrorListProps = {
  title: string;
  /** id of the editor the links lead to. */
  editorId: string;
  errors: readonly PathError[];
  /** The path inside the editor's text, or undefined when the error is not about a place in it. */
  pathInText: (e: PathError) => string | undefined;
  onReveal: (path: string) => void;
};

/**
 * What the server found wrong, above the editor; each error naming a place links to it. A new list takes the focus
 * once it is on the page (a frame after the save may still be before React's commit), so a screen reader reads it.
 */
export const PathErrorList = ({ title, editorId, errors, pathInText, onReveal }: PathErrorListProps) => {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [errors]);
  if (errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" className="rounded-12 border-2 border-error-1 bg-white p-4 text-solid-gray-800">
      <p className="text-std-17B-170 text-red-1000">{title}</p>
      <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
        {errors.map((e, i) => {
          const path = pathInText(e);
          return (
            <li key={`${i}-${e.path ?? ''}`} className="text-std-16N-170">
              {path !== undefined ? (
                <a
                  href={`#${editorId}`}
                  className="text-blue-900 underline hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300"
                  onClick={(ev) => {
                    ev.preventDefault();
                    onReveal(path);
                  }}
                >
                  <code className="font-mono">{e.path}</code>：{e.message}
                </a>
              ) : (
                <>
                  {e.path && <code className="font-mono">{e.path}：</code>}
                  {e.message}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
