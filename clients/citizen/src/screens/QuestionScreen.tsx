import type { CitizenConfig, Flow } from '../api/types';
import { Button } from '../components/Button';
import { Glossary } from '../components/Glossary';
import { Progress } from '../components/Progress';
import { Text } from '../components/Text';
import { useFocusHeading } from '../components/useFocusHeading';
import { useI18n } from '../i18n/i18n';
import { type Answers, progress, visibleQuestions } from '../navi/evaluate';

type Props = {
  config: CitizenConfig;
  flow: Flow;
  answers: Answers;
  currentId: string | null;
  onAnswer: (questionId: string, choiceId: string) => void;
  onBack: () => void;
  onRestart: () => void;
};

/** One question at a time (N-a, N-p): big answer buttons, the progress in % (N-l) and the words explained (N-m). */
export function QuestionScreen({ config, flow, answers, currentId, onAnswer, onBack, onRestart }: Props) {
  const { t, loc } = useI18n();
  const visible = visibleQuestions(flow, answers);
  const current = visible.find((v) => v.question.id === currentId) ?? visible[0];
  const heading = useFocusHeading<HTMLHeadingElement>(current?.question.id);
  if (!current) return null;
  const q = current.question;
  const chosen = answers[q.id];
  return (
    <div className="flex flex-col gap-6" data-question={q.id} data-level={current.level}>
      <Progress value={progress(flow, answers)} />
      <p className="text-std-17B-170 text-theme">{t('questionOf', { title: loc(flow.title) })}</p>
      <div className="flex flex-col gap-3">
        <h1 ref={heading} tabIndex={-1} id="question-text" className="text-std-26B-150 md:text-std-28B-150">
          <Text value={q.text} />
        </h1>
        {q.help ? (
          <p id="question-help" className="text-std-17N-170">
            <Text value={q.help} />
          </p>
        ) : null}
      </div>
      <ul role="list" aria-labelledby="question-text" className="flex flex-col gap-3">
        {q.choices.map((c) => {
          const pressed = chosen === c.id;
          return (
            <li key={c.id}>
              <button
                type="button"
                aria-pressed={pressed}
                aria-describedby={q.help ? 'question-help' : undefined}
                data-choice={c.id}
                onClick={() => { onAnswer(q.id, c.id); }}
                className="flex min-h-16 w-full cursor-pointer items-center gap-4 rounded-12 border-2 border-theme bg-white px-5 py-3 text-left text-std-20B-150 text-solid-gray-900 hover:bg-theme-soft aria-pressed:bg-theme-soft"
              >
                <span
                  aria-hidden="true"
                  className="flex h-7 w-7 shrink-0 items-center justify-center rounded-full border-2 border-theme bg-white"
                >
                  {pressed ? <span className="h-3.5 w-3.5 rounded-full bg-theme" /> : null}
                </span>
                <span>
                  <Text value={c.label} />
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <Glossary ids={q.terms} glossary={config.glossary} />
      <div className="flex flex-wrap gap-3">
        <Button variant="outline" size="lg" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('back')}
        </Button>
        <Button variant="text" size="lg" onClick={onRestart}>
          {t('restart')}
        </Button>
      </div>
    </div>
  );
}
