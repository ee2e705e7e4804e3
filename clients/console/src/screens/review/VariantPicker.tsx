import { useEffect, useId, useRef, useState } from 'react';
import { type Client, useClient } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { Input } from '../../components/Input';
import { Label } from '../../components/Label';
import type { ReviewKanjiQuery as ReviewKanjiResult } from '../../gql/graphql';
import { ReviewKanjiOfQuery, ReviewKanjiQuery } from './documents';
import { baseChar, isKanji, readingCandidates, splitChars } from './ocrFields';

type Kanji = ReviewKanjiResult['kanji'][number];

/** One shape staff can insert: the character (perhaps with an IVS selector) and its MJ number when known. */
type Shape = { char: string; mj: string; codePoints: string; ivs: boolean };

/**
 * The shapes of sel found in a reading's results: the entry that is sel (or lists it as a variant), the entries
 * it lists as variants, every MJ character of them, and variants the dictionary names without an entry (𠮷
 * under 吉). Empty when the reading does not find sel.
 */
export function shapesOf(results: readonly Kanji[], sel: string): Shape[] {
  const base = baseChar(sel);
  const matches = (k: Kanji) =>
    k.char === sel ||
    k.char === base ||
    k.mj.some((m) => m.char === sel) ||
    (k.variants ?? []).some((v) => v === sel || v === base);
  const hit = results.find(matches);
  if (!hit) return [];
  const family = [hit, ...results.filter((k) => k !== hit && ((hit.variants ?? []).includes(k.char) || (k.variants ?? []).includes(hit.char)))];
  const out: Shape[] = [];
  const add = (s: Shape) => {
    if (!out.some((o) => o.char === s.char)) out.push(s);
  };
  for (const k of family) {
    for (const m of k.mj) add({ char: m.char, mj: m.mj, codePoints: m.codePoints, ivs: m.ivs });
    add({ char: k.char, mj: '', codePoints: '', ivs: false });
  }
  for (const v of hit.variants ?? []) add({ char: v, mj: '', codePoints: '', ivs: false });
  return out;
}

export type VariantPickerProps = {
  /** What the field is, for the group's name: 「1人目の氏名」. */
  fieldLabel: string;
  value: string;
  /** The name in kana (サイトウ ジロウ), to guess each character's reading; may be empty. */
  kana: string;
  /** Index (in splitChars) of the character the staff had selected in the input, if any. */
  initialIndex: number | null;
  onChange: (value: string) => void;
  onClose: () => void;
};

type Search = { state: 'idle' } | { state: 'searching' } | { state: 'done'; reading: string; results: Kanji[] } | { state: 'error'; message: string };

/** The character's own entry and those of its variants, when the dictionary knows the character itself. */
async function lookupByChar(client: Client, sel: string): Promise<Kanji[] | null> {
  const own = await client.query(ReviewKanjiOfQuery, { char: baseChar(sel) }).toPromise();
  const entry = own.data?.kanjiOf;
  if (own.error || !entry) return null;
  const variants = await Promise.all(
    (entry.variants ?? []).map((v) => client.query(ReviewKanjiOfQuery, { char: v }).toPromise()),
  );
  return [entry, ...variants.flatMap((r) => (r.data?.kanjiOf ? [r.data.kanjiOf] : []))];
}

async function lookup(client: Client, readings: readonly string[], sel: string): Promise<Search> {
  const byChar = await lookupByChar(client, sel);
  if (byChar && shapesOf(byChar, sel).length > 0) return { state: 'done', reading: '', results: byChar };
  let last: Search = { state: 'idle' };
  for (const r of readings) {
    const result = await client.query(ReviewKanjiQuery, { reading: r }).toPromise();
    if (result.error) return { state: 'error', message: apiErrors(result.error)[0]?.message ?? '' };
    const results = result.data?.kanji ?? [];
    last = { state: 'done', reading: r, results };
    if (shapesOf(results, sel).length > 0) return last;
  }
  return last;
}

/** 異体字 (A7): pick a character of the name, see its shapes (MJ, IVS, 旧字), and replace it with one click. */
export const VariantPicker = ({ fieldLabel, value, kana, initialIndex, onChange, onClose }: VariantPickerProps) => {
  const client = useClient();
  const ids = useId();
  const chars = splitChars(value);
  const [initial] = useState(() => {
    const i = initialIndex !== null && isKanji(chars[initialIndex] ?? '') ? initialIndex : null;
    return { index: i, char: i === null ? '' : (chars[i] ?? ''), guesses: i === null ? [] : readingCandidates(value, kana, i) };
  });
  const [index, setIndex] = useState<number | null>(initial.index);
  const [reading, setReading] = useState('');
  const [search, setSearch] = useState<Search>(() => (initial.index !== null ? { state: 'searching' } : { state: 'idle' }));
  const [announcement, setAnnouncement] = useState('');
  // Only the latest search may show its results (the staff may choose another character meanwhile).
  const latest = useRef(0);
  const selected = index === null ? '' : (chars[index] ?? '');

  const apply = (n: number) => (s: Search) => {
    if (n !== latest.current) return;
    setSearch(s);
    if (s.state === 'done') setReading(s.reading);
  };

  const run = (readings: readonly string[], sel: string) => {
    const n = ++latest.current;
    setSearch({ state: 'searching' });
    void lookup(client, readings, sel).then(apply(n));
  };

  // The character selected in the input when the picker opened is looked up at once.
  useEffect(() => {
    if (initial.index === null) return;
    const n = ++latest.current;
    void lookup(client, initial.guesses, initial.char).then((s) => {
      if (n !== latest.current) return;
      setSearch(s);
      if (s.state === 'done') setReading(s.reading);
    });
  }, [client, initial]);

  /** Choosing a character looks it up: by the character itself, else by readings guessed from the kana. */
  const choose = (i: number) => {
    setIndex(i);
    setAnnouncement('');
    run(readingCandidates(value, kana, i), chars[i] ?? '');
  };

  const shapes = search.state === 'done' ? shapesOf(search.results, selected) : [];
  const others = search.state === 'done' && shapes.length === 0 ? search.results.slice(0, 40) : [];

  const replace = (to: string) => {
    if (index === null) return;
    const next = [...chars];
    const from = next[index] ?? '';
    next[index] = to;
    onChange(next.join(''));
    setAnnouncement(`「${from}」を「${to}」に置き換えました。`);
  };

  const readingId = `${ids}-reading`;
  const optionClass =
    'flex min-w-16 flex-col items-center rounded-8 border px-3 py-2 focus-visible:outline-4 focus-visible:outline-black cursor-pointer';

  return (
    <div role="group" aria-label={`${fieldLabel}の異体字`} className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 bg-white p-4">
      <p className="text-std-16B-170">置き換える文字を選んでください</p>
      <div className="flex flex-wrap gap-2">
        {chars.map((ch, i) =>
          isKanji(ch) ? (
            <button
              key={`${i}-${ch}`}
              type="button"
              aria-pressed={i === index}
              aria-label={`${i + 1}文字目「${ch}」`}
              onClick={() => {
                choose(i);
              }}
              className={`min-h-12 min-w-12 rounded-8 border text-std-24B-150 focus-visible:outline-4 focus-visible:outline-black ${
                i === index ? 'border-blue-900 bg-blue-900 text-white' : 'border-solid-gray-600 bg-white text-solid-gray-900 hover:bg-blue-50'
              }`}
            >
              {ch}
            </button>
          ) : null,
        )}
      </div>

      {index !== null && (
        <>
          <form
            className="flex flex-wrap items-end gap-3"
            onSubmit={(e) => {
              e.preventDefault();
              if (reading.trim()) run([reading.trim()], selected);
            }}
          >
            <div className="flex flex-col gap-1">
              <Label htmlFor={readingId} size="sm">
                「{selected}」の読み（ひらがな・カタカナ）
              </Label>
              <Input
                id={readingId}
                blockSize="sm"
                className="w-48"
                value={reading}
                onChange={(e) => {
                  setReading(e.currentTarget.value);
                }}
              />
            </div>
            <Button type="submit" variant="outline" size="sm">
              読みで探す
            </Button>
          </form>
          <p role="status" className="text-std-16N-170">
            {search.state === 'searching' && '探しています…'}
            {search.state === 'idle' && '読みを入力して探してください。'}
            {search.state === 'done' &&
              (shapes.length > 0
                ? `「${selected}」の字形 ${shapes.length}件`
                : `読み「${search.reading}」では「${selected}」が見つかりませんでした。読みを変えるか、下の字から選んでください。`)}
            {search.state === 'error' && ''}
            {announcement && ` ${announcement}`}
          </p>
          {search.state === 'error' && (
            <p role="alert" className="text-std-16N-170 text-red-1000">
              漢字を検索できませんでした：{search.message}
            </p>
          )}
          {shapes.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={`「${selected}」の字形`}>
              {shapes.map((s) => {
                const current = s.char === selected;
                return (
                  <li key={s.char}>
                    <button
                      type="button"
                      aria-pressed={current}
                      aria-label={`「${s.char}」${s.mj ? `（${s.mj}${s.ivs ? '、IVS' : ''}）` : ''}に置き換える${current ? '（現在の字）' : ''}`}
                      onClick={() => {
                        replace(s.char);
                      }}
                      className={`${optionClass} ${current ? 'border-blue-900 bg-blue-50' : 'border-solid-gray-600 bg-white hover:bg-blue-50'}`}
                    >
                      <span className="text-std-32B-150" lang="ja">
                        {s.char}
                      </span>
                      <span className="text-dns-14N-130 text-solid-gray-800">{s.mj || '—'}</span>
                      {s.ivs && <span className="text-dns-14N-130 text-solid-gray-800">IVS</span>}
                      {current && <span className="text-dns-14B-130 text-blue-900">現在の字</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
          {others.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={`読み「${search.state === 'done' ? search.reading : ''}」の漢字`}>
              {others.map((k) => (
                <li key={k.char}>
                  <button
                    type="button"
                    aria-label={`「${k.char}」に置き換える`}
                    onClick={() => {
                      replace(k.char);
                    }}
                    className={`${optionClass} border-solid-gray-600 bg-white hover:bg-blue-50`}
                  >
                    <span className="text-std-24B-150">{k.char}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <div>
        <Button variant="text" size="sm" onClick={onClose}>
          異体字の選択を閉じる
        </Button>
      </div>
    </div>
  );
};
