import { createContext, useContext } from 'react';
import type { L } from '../api/types';
import { type Lang, type MessageKey, languages } from './messages';

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export type I18n = {
  lang: Lang;
  t: Translate;
  /** Text from the API in the current language, falling back to Japanese. */
  loc: (text: L | null | undefined) => string;
  setLang: (lang: Lang) => void;
};

export function isLang(v: string | null | undefined): v is Lang {
  return languages.some((l) => l.code === v);
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const messages = (languages.find((l) => l.code === lang) ?? languages[0]).messages;
  const t: Translate = (key, params) => {
    let s: string = messages[key];
    for (const [k, v] of Object.entries(params ?? {})) s = s.split(`{${k}}`).join(String(v));
    return s;
  };
  const loc = (text: L | null | undefined) => {
    if (!text) return '';
    if (lang === 'ja') return text.ja;
    const other = (text as Record<string, string | undefined>)[lang];
    return other && other.trim() !== '' ? other : text.ja;
  };
  return { lang, t, loc, setLang };
}

export const I18nContext = createContext<I18n>(makeI18n('ja', () => undefined));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
