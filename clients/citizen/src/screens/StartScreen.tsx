import type { CitizenConfig } from '../api/types';
import { Text } from '../components/Text';
import { useFocusHeading } from '../components/useFocusHeading';
import { useI18n } from '../i18n/i18n';

type Props = { config: CitizenConfig; notice: string | null; onStart: (flowId: string) => void };

/** The first screen: the city's picture and welcome (N-f), and one big button per life event (N-k). */
export function StartScreen({ config, notice, onStart }: Props) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>('start');
  const flows = [...config.flows].sort((a, b) => a.order - b.order);
  return (
    <div className="flex flex-col gap-6">
      {notice ? (
        <p role="status" className="rounded-8 border-2 border-theme bg-theme-soft p-4 text-std-17B-170">
          {notice}
        </p>
      ) : null}
      {config.look.imageUrl ? (
        <img
          src={config.look.imageUrl}
          alt=""
          className="aspect-[16/7] w-full rounded-12 object-cover print:hidden"
        />
      ) : null}
      <div className="flex flex-col gap-3">
        <h1 ref={heading} tabIndex={-1} className="text-std-28B-150 md:text-std-32B-150">
          {config.name} {t('appName')}
        </h1>
        <p className="text-std-18N-160">{config.look.welcome ? <Text value={config.look.welcome} /> : t('welcome')}</p>
      </div>
      <section aria-labelledby="events" className="flex flex-col gap-3">
        <h2 id="events" className="text-std-24B-150">
          {t('chooseEvent')}
        </h2>
        <p id="events-hint">{t('chooseEventHint')}</p>
        <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {flows.map((f) => (
            <li key={f.id} className="flex">
              <button
                type="button"
                data-flow={f.id}
                aria-labelledby={`flow-${f.id}-title`}
                aria-describedby={`flow-${f.id}-summary`}
                onClick={() => { onStart(f.id); }}
                className="flex w-full cursor-pointer flex-col items-start gap-1 rounded-12 border-2 border-theme bg-white p-4 text-left hover:bg-theme-soft min-h-24"
              >
                <span id={`flow-${f.id}-title`} className="text-std-22B-150 text-theme underline underline-offset-4">
                  <Text value={f.title} />
                </span>
                <span id={`flow-${f.id}-summary`} className="text-std-16N-170 text-solid-gray-800">
                  <Text value={f.summary} />
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
