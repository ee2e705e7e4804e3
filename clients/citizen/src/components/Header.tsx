import type { CitizenConfig } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { languages } from '../i18n/messages';

/** The city's emblem and name (N-f) and the language switch, on every screen. */
export function Header({ config }: { config: CitizenConfig }) {
  const { t, lang, setLang } = useI18n();
  return (
    <header className="border-b-4 border-theme bg-white">
      <div className="mx-auto flex w-full max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3 md:px-6 lg:max-w-4xl">
        <div className="flex items-center gap-3">
          {config.look.emblemUrl ? (
            <img
              src={config.look.emblemUrl}
              alt={t('emblemAlt', { city: config.name })}
              className="h-12 w-12 object-contain"
            />
          ) : null}
          <p className="flex flex-col">
            <span className="text-std-20B-150 text-theme">{config.name}</span>
            <span className="text-std-16N-170 text-solid-gray-800">{t('appName')}</span>
          </p>
        </div>
        <nav aria-label={t('languageNav')} className="print:hidden">
          <ul className="flex gap-2">
            {languages.map((l) => (
              <li key={l.code}>
                <button
                  type="button"
                  lang={l.code}
                  aria-pressed={l.code === lang}
                  onClick={() => { setLang(l.code); }}
                  className="min-h-12 min-w-12 cursor-pointer rounded-8 border-2 border-theme bg-white px-3 text-oln-16B-100 text-theme hover:underline aria-pressed:bg-theme aria-pressed:text-white"
                >
                  {l.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
