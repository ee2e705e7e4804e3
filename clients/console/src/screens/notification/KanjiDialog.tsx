import { type SubmitEvent, useId, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorText } from '../../components/ErrorText';
import { Input } from '../../components/Input';
import { Label } from '../../components/Label';
import { SupportText } from '../../components/SupportText';
import type { KanjiQuery } from '../../gql/graphql';
import { KanjiSearchQuery } from './documents';
import { ModalDialog } from './ModalDialog';

/** What the dialog inserts into: the input, what it is called, and how to set its new value. */
export type KanjiTarget = {
  input: HTMLInputElement;
  label: string;
  apply: (value: string) => void;
  /** The input's selection when the dialog was opened: the character replaces it. */
  start: number;
  end: number;
};

/** The target for an input, remembering where its cursor is before the focus moves to the dialog. */
export function kanjiTargetOf(input: HTMLInputElement, label: string, apply: (value: string) => void): KanjiTarget {
  const end = input.value.length;
  return { input, label, apply, start: input.selectionStart ?? end, end: input.selectionEnd ?? end };
}

const kanaOrLatin = /^[\p{Script=Hiragana}\p{Script=Katakana}ーa-zA-Z\s]+$/u;

/** A reading (kana or romaji) searches by reading; one kanji searches the characters built from it. */
export function kanjiQueryOf(text: string, prefix: boolean): KanjiQuery | null {
  const t = text.trim();
  if (t === '') return null;
  if (kanaOrLatin.test(t)) return { reading: t, prefix, limit: 100 };
  const chars = Array.from(t);
  return { components: chars.slice(0, 3), limit: 100 };
}

export type KanjiDialogProps = {
  target: KanjiTarget | null;
  onClose: () => void;
};

/**
 * 単漢字検索 (A7): find a kanji by reading or by a character it is built from, and insert exactly the chosen MJ
 * glyph (髙, or an IVS sequence such as 葛󠄂) at the cursor of the field it was opened from.
 */
export const KanjiDialog = ({ target, onClose }: KanjiDialogProps) => {
  const headingId = useId();
  const [text, setText] = useState('');
  const [prefix, setPrefix] = useState(false);
  const [query, setQuery] = useState<KanjiQuery | null>(null);
  const [formError, setFormError] = useState('');
  // Set when a character is inserted: the field and the cursor position to return to after the dialog closes.
  const after = useRef<{ input: HTMLInputElement; pos: number } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  const [{ data, fetching, error }] = useQuery({
    query: KanjiSearchQuery,
    variables: { query: query ?? {} },
    pause: query === null,
  });

  const close = () => {
    onClose();
  };

  const onSubmit = (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const q = kanjiQueryOf(text, prefix);
    if (!q) {
      setFormError('読みか漢字を入力してください。');
      searchRef.current?.focus();
      return;
    }
    setFormError('');
    setQuery(q);
  };

  const insert = (ch: string) => {
    if (!target) return;
    const value = target.input.value;
    const start = Math.min(target.start, value.length);
    const end = Math.min(Math.max(target.end, start), value.length);
    target.apply(value.slice(0, start) + ch + value.slice(end));
    after.current = { input: target.input, pos: start + ch.length };
    close();
  };

  const errorMessage = error ? (apiErrors(error)[0]?.message ?? '') : formError;
  const results = query && data ? data.kanji : [];
  const errorId = `${headingId}-error`;

  return (
    <ModalDialog
      open={target !== null}
      labelledBy={headingId}
      onClose={close}
      initialFocus={() => searchRef.current}
      returnFocus={() => {
        const back = after.current;
        after.current = null;
        // Closed without choosing (Esc, 閉じる): back to the button that opened the dialog.
        if (!back) return null;
        // Put the cursor after the inserted character once the field shows it.
        window.setTimeout(() => {
          back.input.setSelectionRange(back.pos, back.pos);
        }, 0);
        return back.input;
      }}
    >
      <div className="flex flex-col gap-4">
        <div className="flex items-start justify-between gap-4">
          <h2 id={headingId} className="text-std-24B-150">
            単漢字検索
          </h2>
          <Button variant="text" size="sm" onClick={close}>
            閉じる
          </Button>
        </div>
        {target && <p className="text-std-16N-170">「{target.label}」のカーソル位置に入力します。</p>}
        <form noValidate onSubmit={onSubmit} className="flex flex-col gap-2" role="search" aria-label="単漢字">
          <Label htmlFor={`${headingId}-q`} size="sm">
            読みまたは漢字
          </Label>
          <SupportText id={`${headingId}-support`}>
            読み（ひらがな・カタカナ・ローマ字）か、探す字の部品になる漢字（例: 高）を入力してください。
          </SupportText>
          <div className="flex flex-wrap items-center gap-2">
            <Input
              ref={searchRef}
              id={`${headingId}-q`}
              blockSize="md"
              className="max-w-xs"
              value={text}
              isError={Boolean(errorMessage)}
              aria-describedby={`${headingId}-support${errorMessage ? ` ${errorId}` : ''}`}
              onChange={(e) => {
                setText(e.currentTarget.value);
              }}
              autoComplete="off"
            />
            <Button type="submit" variant="solid-fill" size="md">
              検索
            </Button>
            <label className="flex items-center gap-2 text-std-16N-170">
              <input
                type="checkbox"
                className="size-5"
                checked={prefix}
                onChange={(e) => {
                  setPrefix(e.currentTarget.checked);
                }}
              />
              読みの前方一致
            </label>
          </div>
          {errorMessage && <ErrorText id={errorId} role="alert">{errorMessage}</ErrorText>}
        </form>
        <p role="status" className="text-std-16N-170">
          {query && fetching ? '検索しています…' : query && data ? `${results.length}字見つかりました。` : ''}
        </p>
        {results.length > 0 && (
          <ul className="flex flex-col gap-2" aria-label="検索結果">
            {results.map((k) => (
              <li key={k.char} className="flex flex-wrap items-center gap-2 border-b border-solid-gray-300 pb-2">
                {k.mj.map((m) => (
                  <button
                    key={m.mj}
                    type="button"
                    className="flex min-w-16 flex-col items-center rounded-8 border border-solid-gray-600 bg-white px-2 py-1 hover:bg-blue-50 focus-visible:bg-yellow-300"
                    aria-label={`${m.char} を入力（${m.mj}、${m.codePoints}${m.ivs ? '、異体字セレクタ付き' : ''}）`}
                    onClick={() => {
                      insert(m.char);
                    }}
                  >
                    <span className="font-serif text-std-32N-150" lang="ja">
                      {m.char}
                    </span>
                    <span className="text-dns-14N-130">{m.mj}</span>
                    {m.ivs && <span className="text-dns-14N-130">IVS</span>}
                  </button>
                ))}
                {query?.components && (k.variants ?? []).length > 0 && (
                  <span className="flex flex-wrap items-center gap-1">
                    <span className="text-dns-14N-130">異体字:</span>
                    {(k.variants ?? []).map((v) => (
                      <button
                        key={v}
                        type="button"
                        className="min-w-11 rounded-8 border border-solid-gray-600 bg-white px-2 py-1 text-std-24N-150 hover:bg-blue-50 focus-visible:bg-yellow-300"
                        aria-label={`${v} を入力（${k.char}の異体字）`}
                        onClick={() => {
                          insert(v);
                        }}
                      >
                        {v}
                      </button>
                    ))}
                  </span>
                )}
                <span className="text-dns-14N-130 text-solid-gray-700">
                  {[...(k.on ?? []), ...(k.kun ?? [])].slice(0, 6).join('・')}
                  {k.strokes ? `（${k.strokes}画）` : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
};
