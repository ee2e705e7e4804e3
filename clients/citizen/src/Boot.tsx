import { useCallback, useEffect, useMemo, useState } from 'react';
import { ApiError, api } from './api/client';
import { type CitizenConfig, type Tenant, type ThemeColor, themeColors } from './api/types';
import { App } from './App';
import { I18nContext, isLang, makeI18n, useI18n } from './i18n/i18n';
import { type Lang, languages } from './i18n/messages';
import { type LiffSession, startLiff, wantsLiff } from './line/liff';
import { channelFor, keepLang, keptLang } from './session/state';

type BootState =
  | { kind: 'loading' }
  | { kind: 'tenants'; tenants: Tenant[] }
  | { kind: 'ready'; config: CitizenConfig; liff: LiffSession | null }
  | { kind: 'error'; message: string };

/** /citizen/{lg}/… names the city; /citizen/ alone picks the only one or lists them (issue 8 contract). */
function lgFromPath(path: string): string | null {
  const m = /^\/citizen\/([^/]+)/.exec(path);
  return m?.[1] ?? null;
}

function initialLang(search: URLSearchParams): Lang {
  const fromUrl = search.get('lang');
  if (isLang(fromUrl)) return fromUrl;
  const kept = keptLang();
  if (isLang(kept)) return kept;
  return 'ja';
}

function applyTheme(color: ThemeColor) {
  document.documentElement.dataset['theme'] = color;
}

/** Loads the city's settings, and LINE's SDK when the app runs as the LIFF app, before anything is shown. */
export function Boot() {
  const search = useMemo(() => new URLSearchParams(window.location.search), []);
  const [state, setState] = useState<BootState>({ kind: 'loading' });
  const [lang, setLangState] = useState<Lang>(() => initialLang(search));
  const [attempt, setAttempt] = useState(0);

  const setLang = useCallback((l: Lang) => {
    keepLang(l);
    setLangState(l);
  }, []);
  const i18n = useMemo(() => makeI18n(lang, setLang), [lang, setLang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  useEffect(() => {
    let cancelled = false;
    const load = async () => {
      let lg = lgFromPath(window.location.pathname);
      if (!lg) {
        const tenants = await api.tenants();
        const only = tenants.length === 1 ? tenants[0] : undefined;
        if (!only) {
          if (!cancelled) setState({ kind: 'tenants', tenants });
          return;
        }
        lg = only.lgCode;
        window.history.replaceState(null, '', `/citizen/${encodeURIComponent(lg)}/${window.location.search}`);
      }
      const config = await api.config(lg);
      const override = search.get('theme');
      applyTheme(
        override && (themeColors as readonly string[]).includes(override)
          ? (override as ThemeColor)
          : themeColors.includes(config.look.color)
            ? config.look.color
            : 'blue',
      );
      let liff: LiffSession | null = null;
      const mock = search.get('liffMock') === '1';
      // ?liffMock=1 (browser tests) works without a LIFF ID; a real LIFF start needs the city's.
      const liffId = config.liffId ?? (mock ? 'mock-liff-id' : null);
      if (liffId && (mock || wantsLiff(window.location.pathname, search, navigator.userAgent))) {
        try {
          liff = await startLiff(liffId, mock);
        } catch {
          // Without LIFF the app still works as the web app; only "LINEに送る" is missing.
          liff = null;
        }
      }
      // Opened as the LIFF app means opened from LINE (N-i), unless ?ch= says otherwise.
      channelFor(search, liff !== null);
      if (!cancelled) setState({ kind: 'ready', config, liff });
    };
    load().catch((err: unknown) => {
      if (cancelled) return;
      setState({ kind: 'error', message: err instanceof ApiError ? err.message : '' });
    });
    return () => {
      cancelled = true;
    };
  }, [search, attempt]);

  return (
    <I18nContext.Provider value={i18n}>
      {state.kind === 'ready' ? (
        <App config={state.config} liff={state.liff} search={search} />
      ) : (
        <BootScreen state={state} onRetry={() => { setAttempt((n) => n + 1); }} />
      )}
    </I18nContext.Provider>
  );
}

function BootScreen({ state, onRetry }: { state: Exclude<BootState, { kind: 'ready' }>; onRetry: () => void }) {
  const { t, lang, setLang } = useI18n();
  return (
    <main className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-8">
      <div className="flex justify-end">
        <nav aria-label={t('languageNav')} className="flex gap-2">
          {languages.map((l) => (
            <button
              key={l.code}
              type="button"
              lang={l.code}
              aria-pressed={l.code === lang}
              className="min-h-12 rounded-8 border-2 border-theme px-3 text-oln-16B-100 text-theme aria-pressed:bg-theme aria-pressed:text-white"
              onClick={() => { setLang(l.code); }}
            >
              {l.name}
            </button>
          ))}
        </nav>
      </div>
      <h1 className="text-std-28B-150">{t('appName')}</h1>
      {state.kind === 'loading' ? (
        <p role="status">{t('loading')}</p>
      ) : state.kind === 'error' ? (
        <div role="alert" className="flex flex-col items-start gap-4">
          <p>{state.message || t('loadFailed')}</p>
          <button
            type="button"
            className="min-h-14 rounded-8 bg-theme px-5 text-oln-17B-100 text-white hover:underline"
            onClick={onRetry}
          >
            {t('retry')}
          </button>
        </div>
      ) : (
        <section aria-labelledby="cities" className="flex flex-col gap-4">
          <h2 id="cities" className="text-std-22B-150">
            {t('chooseCity')}
          </h2>
          {state.tenants.length === 0 ? (
            <p>{t('noCities')}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {state.tenants.map((tn) => (
                <li key={tn.lgCode}>
                  <a
                    href={`/citizen/${encodeURIComponent(tn.lgCode)}/${window.location.search}`}
                    className="flex min-h-14 items-center rounded-8 border-2 border-theme px-5 text-std-20B-150 text-theme underline"
                  >
                    {tn.name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </main>
  );
}
