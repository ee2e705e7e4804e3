import type { L } from '../api/types';
import { useI18n } from '../i18n/i18n';

/** Text from the API; marked lang="ja" when the city has no translation and Japanese is shown instead. */
export function Text({ value }: { value: L | null | undefined }) {
  const { lang, loc } = useI18n();
  const s = loc(value);
  if (lang !== 'ja' && value && s === value.ja) return <span lang="ja">{s}</span>;
  return <>{s}</>;
}
