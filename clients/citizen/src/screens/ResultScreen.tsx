import type { CitizenConfig, Counter, Flow } from '../api/types';
import { Button } from '../components/Button';
import { LineSend } from '../components/LineSend';
import { Progress } from '../components/Progress';
import { Text } from '../components/Text';
import { useFocusHeading } from '../components/useFocusHeading';
import { useI18n } from '../i18n/i18n';
import type { LiffSession } from '../line/liff';
import { type Answers, evaluate, visibleAnswers } from '../navi/evaluate';

type Props = {
  config: CitizenConfig;
  flow: Flow;
  answers: Answers;
  liff: LiffSession | null;
  onBack: () => void;
  onRestart: () => void;
  onHousehold: () => void;
};

export function CounterCard({ counter }: { counter: Counter }) {
  const { t, loc } = useI18n();
  return (
    <li className="rounded-12 border-2 border-solid-gray-600 bg-white p-4 break-inside-avoid">
      <h3 className="text-std-20B-150">
        <Text value={counter.name} />
      </h3>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-bold">{t('place')}</dt>
        <dd>
          <Text value={counter.place} />
        </dd>
        <dt className="font-bold">{t('hours')}</dt>
        <dd>
          <Text value={counter.hours} />
        </dd>
        {counter.phone ? (
          <>
            <dt className="font-bold">{t('phone')}</dt>
            <dd>
              <a
                href={`tel:${counter.phone.replace(/[^\d+]/g, '')}`}
                className="text-theme underline"
                aria-label={`${t('phone')} ${counter.phone}（${loc(counter.name)}）`}
              >
                {counter.phone}
              </a>
            </dd>
          </>
        ) : null}
      </dl>
    </li>
  );
}

/** What the resident needs (N-a): procedures, things to bring (a checklist) and counters; printable (N-s). */
export function ResultScreen({ config, flow, answers, liff, onBack, onRestart, onHousehold }: Props) {
  const { t, loc } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>('result');
  const result = evaluate(flow, answers, config.counters);
  const counterName = (id: string | undefined) => {
    const c = id ? config.counters.find((x) => x.id === id) : undefined;
    return c ? loc(c.name) : null;
  };
  return (
    <div className="flex flex-col gap-8" data-testid="result">
      <Progress value={100} />
      <div className="flex flex-col gap-2">
        <h1 ref={heading} tabIndex={-1} className="text-std-28B-150 md:text-std-32B-150">
          {t('resultTitle')}
        </h1>
        <p className="text-std-18N-160">{t('resultLead', { title: loc(flow.title) })}</p>
        <p className="hidden print:block">
          {config.name} {t('appName')}（{new Date().toLocaleDateString('ja-JP')}）
        </p>
      </div>

      <section aria-labelledby="procedures" className="flex flex-col gap-3">
        <h2 id="procedures" className="text-std-24B-150">
          {t('proceduresHeading')}
        </h2>
        {result.procedures.length === 0 ? (
          <p>{t('noProcedures')}</p>
        ) : (
          <ol className="flex flex-col gap-3" data-testid="procedures">
            {result.procedures.map((p, i) => (
              <li key={p.id} data-procedure={p.id} className="flex gap-3 rounded-12 border-2 border-theme bg-theme-soft p-4 break-inside-avoid">
                <span aria-hidden="true" className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-theme text-std-18B-160 text-white">
                  {i + 1}
                </span>
                <div className="flex flex-col gap-1">
                  <h3 className="text-std-20B-150">
                    <Text value={p.title} />
                  </h3>
                  {p.text ? (
                    <p>
                      <Text value={p.text} />
                    </p>
                  ) : null}
                  {counterName(p.counter) ? (
                    <p className="text-std-16B-170">{t('counterOf', { name: counterName(p.counter) ?? '' })}</p>
                  ) : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      {result.bring.length > 0 ? (
        <section aria-labelledby="bring" className="flex flex-col gap-3">
          <h2 id="bring" className="text-std-24B-150">
            {t('bringHeading')}
          </h2>
          <p id="bring-hint" className="print:hidden">
            {t('bringHint')}
          </p>
          <ul className="flex flex-col gap-2" data-testid="bring">
            {result.bring.map((b) => (
              <li key={b.id} data-bring={b.id}>
                <label className="flex min-h-12 cursor-pointer items-center gap-3 rounded-8 px-2 hover:bg-theme-soft">
                  <input type="checkbox" className="h-7 w-7 shrink-0 accent-[var(--theme)]" aria-describedby="bring-hint" />
                  <span>
                    <Text value={b.text} />
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {result.counters.length > 0 ? (
        <section aria-labelledby="counters" className="flex flex-col gap-3">
          <h2 id="counters" className="text-std-24B-150">
            {t('countersHeading')}
          </h2>
          <ul className="grid grid-cols-1 gap-3 md:grid-cols-2" data-testid="counters">
            {result.counters.map((c) => (
              <CounterCard key={c.id} counter={c} />
            ))}
          </ul>
        </section>
      ) : null}

      {result.notes.length > 0 ? (
        <section aria-labelledby="notes" className="flex flex-col gap-3">
          <h2 id="notes" className="text-std-24B-150">
            {t('notesHeading')}
          </h2>
          <ul className="flex list-disc flex-col gap-2 pl-6">
            {result.notes.map((n, i) => (
              <li key={i}>
                <Text value={n} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {flow.household === 'optional' ? (
        <section aria-labelledby="household-cta" className="flex flex-col gap-3 rounded-12 border-2 border-theme p-4 print:hidden">
          <h2 id="household-cta" className="sr-only">
            {t('householdTitle')}
          </h2>
          <p id="household-hint">{t('householdHint')}</p>
          <Button variant="solid-fill" size="lg" onClick={onHousehold} aria-describedby="household-hint">
            {t('householdStart')}
          </Button>
        </section>
      ) : null}

      {liff ? <LineSend lg={config.lgCode} liff={liff} flowId={flow.id} answers={visibleAnswers(flow, answers)} code={null} /> : null}

      <div className="flex flex-wrap gap-3 print:hidden">
        <Button variant="outline" size="lg" onClick={() => { window.print(); }}>
          {t('print')}
        </Button>
        <Button variant="outline" size="lg" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('changeAnswers')}
        </Button>
        <Button variant="text" size="lg" onClick={onRestart}>
          {t('restart')}
        </Button>
      </div>
    </div>
  );
}
