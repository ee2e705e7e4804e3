import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from './api/client';
import type { CitizenConfig } from './api/types';
import { IdleDialog } from './components/IdleDialog';
import { Header } from './components/Header';
import { useI18n } from './i18n/i18n';
import type { LiffSession } from './line/liff';
import { findFlow, nextQuestion, visibleAnswers, visibleQuestions } from './navi/evaluate';
import { QuestionScreen } from './screens/QuestionScreen';
import { ResultScreen } from './screens/ResultScreen';
import { StartScreen } from './screens/StartScreen';
import { idleTiming, useIdle } from './session/idle';
import { type AppState, type MadeQr, channelFor, initialState, loadState, saveState, wipeStorage } from './session/state';
import { type HouseholdForm, emptyHousehold } from './household/model';

// The household form and the QR code bring the crypto and QR libraries: they load when needed, not on the first screen.
const HouseholdScreen = lazy(() => import('./screens/HouseholdScreen'));
const QrScreen = lazy(() => import('./screens/QrScreen'));

type Props = { config: CitizenConfig; liff: LiffSession | null; search: URLSearchParams };

export function App({ config, liff, search }: Props) {
  const { t } = useI18n();
  const lg = config.lgCode;
  const [state, setState] = useState<AppState>(() => {
    const s = loadState(lg);
    // A saved state naming a flow the city has since removed starts over.
    return s.flowId && !findFlow(config, s.flowId) ? initialState : s;
  });
  const [notice, setNotice] = useState<string | null>(null);
  const flow = state.flowId ? findFlow(config, state.flowId) : undefined;

  useEffect(() => {
    saveState(lg, state);
  }, [lg, state]);

  // Scroll to the top on every screen change; the screen focuses its own heading.
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) {
      firstScreen.current = false;
      return;
    }
    window.scrollTo(0, 0);
  }, [state.screen, state.questionId]);

  const goStart = useCallback((message: string | null = null) => {
    setState(initialState);
    setNotice(message);
  }, []);

  const timing = useMemo(() => idleTiming(config.idleMinutes, config.idleWarningSeconds, search), [config, search]);
  const onIdle = useCallback(() => {
    wipeStorage();
    goStart(t('idleWiped'));
  }, [goStart, t]);
  const idle = useIdle(state.screen !== 'start' || state.household !== null, timing, onIdle);

  const startFlow = (flowId: string) => {
    const f = findFlow(config, flowId);
    if (!f) return;
    setNotice(null);
    api.visit(lg, flowId, channelFor(search, liff !== null)).catch(() => undefined);
    const first = nextQuestion(f, {});
    setState({
      ...initialState,
      screen: first ? 'question' : 'result',
      flowId,
      questionId: first?.question.id ?? null,
    });
  };

  const answer = (questionId: string, choiceId: string) => {
    if (!flow) return;
    setState((s) => {
      const answers = visibleAnswers(flow, { ...s.answers, [questionId]: choiceId });
      const visible = visibleQuestions(flow, answers);
      const at = visible.findIndex((v) => v.question.id === questionId);
      const next = visible[at + 1];
      return next
        ? { ...s, answers, screen: 'question', questionId: next.question.id }
        : { ...s, answers, screen: 'result', questionId: null };
    });
  };

  const back = () => {
    if (!flow) return;
    setState((s) => {
      const visible = visibleQuestions(flow, s.answers);
      if (s.screen === 'result') {
        const last = visible[visible.length - 1];
        return last ? { ...s, screen: 'question', questionId: last.question.id } : initialState;
      }
      if (s.screen === 'household') return { ...s, screen: 'result' };
      const at = visible.findIndex((v) => v.question.id === s.questionId);
      const prev = at > 0 ? visible[at - 1] : undefined;
      return prev ? { ...s, questionId: prev.question.id } : initialState;
    });
  };

  const setHousehold = useCallback((update: (h: HouseholdForm | null) => HouseholdForm) => {
    setState((s) => ({ ...s, household: update(s.household) }));
  }, []);

  const qrMade = useCallback((qr: MadeQr) => {
    // N-w: once the code exists, the household is erased; only what the QR screen shows is kept.
    setState((s) => ({ ...s, household: null, screen: 'qr', qr }));
  }, []);

  let body;
  if (state.screen === 'start' || !flow) {
    body = <StartScreen config={config} notice={notice} onStart={startFlow} />;
  } else if (state.screen === 'question') {
    body = (
      <QuestionScreen
        config={config}
        flow={flow}
        answers={state.answers}
        currentId={state.questionId}
        onAnswer={answer}
        onBack={back}
        onRestart={() => { goStart(); }}
      />
    );
  } else if (state.screen === 'result') {
    body = (
      <ResultScreen
        config={config}
        flow={flow}
        answers={state.answers}
        liff={liff}
        onBack={back}
        onRestart={() => { goStart(); }}
        onHousehold={() => { setState((s) => ({ ...s, screen: 'household', household: s.household ?? emptyHousehold() })); }}
      />
    );
  } else if (state.screen === 'household') {
    body = (
      <HouseholdScreen
        config={config}
        flow={flow}
        answers={state.answers}
        household={state.household}
        onChange={setHousehold}
        onBack={back}
        onMade={qrMade}
      />
    );
  } else {
    body = state.qr ? (
      <QrScreen config={config} flow={flow} qr={state.qr} liff={liff} onRestart={() => { goStart(); }} />
    ) : (
      <StartScreen config={config} notice={notice} onStart={startFlow} />
    );
  }

  return (
    <div className="flex min-h-dvh flex-col">
      <Header config={config} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 pt-6 pb-16 md:px-6 lg:max-w-4xl">
        <Suspense fallback={<p role="status">{t('loading')}</p>}>{body}</Suspense>
      </main>
      {idle.secondsLeft !== null ? <IdleDialog secondsLeft={idle.secondsLeft} onContinue={idle.stillHere} /> : null}
    </div>
  );
}
