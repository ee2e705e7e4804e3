import { type CompositionEvent, useRef } from 'react';
import { toHiragana } from './validate';

// N-n: while a name is typed in kanji, the IME's composition holds the reading before it is converted. We keep
// the last composition text that is all kana (trailing romaji the IME has not turned into kana yet dropped) and
// hand it over when the composition ends. A name that arrives without composition (paste, autofill, a phone's
// suggestions) is looked up on the server instead; see the caller's onBlur.

const kanaOnly = /^[\u3041-\u3096\u309d\u309e\u30fc]+$/;

export function useKanaCapture(onReading: (reading: string) => void) {
  const pending = useRef('');
  return {
    onCompositionStart: () => {
      pending.current = '';
    },
    onCompositionUpdate: (e: CompositionEvent<HTMLInputElement>) => {
      const d = toHiragana(e.data.replace(/[a-zA-Z']+$/, '').replace(/[\s\u3000]/g, ''));
      if (kanaOnly.test(d)) pending.current = d;
    },
    onCompositionEnd: () => {
      const reading = pending.current;
      pending.current = '';
      if (reading !== '') onReading(reading);
    },
  };
}
