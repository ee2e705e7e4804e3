import type { Term } from '../api/types';
import { useI18n } from '../i18n/i18n';
import { Text } from './Text';

/** Plain explanations of the administrative words a question uses (N-m), each a disclosure. */
export function Glossary({ ids, glossary }: { ids: readonly string[] | undefined; glossary: readonly Term[] }) {
  const { t } = useI18n();
  const terms = (ids ?? []).map((id) => glossary.find((g) => g.id === id)).filter((g): g is Term => g !== undefined);
  if (terms.length === 0) return null;
  return (
    <section aria-labelledby="glossary-title" className="flex flex-col gap-2 print:hidden">
      <h2 id="glossary-title" className="text-std-17B-170">
        {t('helpTerms')}
      </h2>
      <ul className="flex flex-col gap-2">
        {terms.map((term) => (
          <li key={term.id}>
            <details className="group rounded-8 border border-solid-gray-600 bg-white">
              <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 py-2 text-std-17B-170 text-theme underline">
                <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                  ▶
                </span>
                <span>
                  <Text value={term.term} />
                  {term.reading ? <span className="ml-1 text-std-16N-170 text-solid-gray-800">（{term.reading}）</span> : null}
                </span>
              </summary>
              <p className="px-4 pb-4 pl-10">
                <Text value={term.text} />
              </p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
