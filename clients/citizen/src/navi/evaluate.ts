import type { Adds, BringItem, CitizenConfig, Counter, Flow, L, Procedure, Question } from '../api/types';

// The evaluation rules of the issue 8 contract; internal/navi in Go applies the same ones, and the server
// recomputes the result from the answers for LINE, so both must agree.

export type Answers = Record<string, string>;

export type VisibleQuestion = { question: Question; level: number };

/**
 * The visible questions in question order, depth first: the top-level questions, and after each answered one the
 * questions of the chosen choice (recursively). Answers to questions that are not visible are ignored.
 */
export function visibleQuestions(flow: Flow, answers: Answers): VisibleQuestion[] {
  const out: VisibleQuestion[] = [];
  const walk = (questions: readonly Question[], level: number) => {
    for (const q of questions) {
      out.push({ question: q, level });
      const chosen = q.choices.find((c) => c.id === answers[q.id]);
      if (chosen?.questions) walk(chosen.questions, level + 1);
    }
  };
  walk(flow.questions, 1);
  return out;
}

function isAnswered(q: Question, answers: Answers): boolean {
  return q.choices.some((c) => c.id === answers[q.id]);
}

/** floor(100 * answered / visible); 100 once every visible question is answered (N-l). */
export function progress(flow: Flow, answers: Answers): number {
  const visible = visibleQuestions(flow, answers);
  if (visible.length === 0) return 100;
  const answered = visible.filter((v) => isAnswered(v.question, answers)).length;
  if (answered === visible.length) return 100;
  return Math.floor((100 * answered) / visible.length);
}

/** The first visible question without an answer, or undefined when the navigation is complete. */
export function nextQuestion(flow: Flow, answers: Answers): VisibleQuestion | undefined {
  return visibleQuestions(flow, answers).find((v) => !isAnswered(v.question, answers));
}

/** Only the answers of visible questions, so that stale ones from a changed branch never reach the QR. */
export function visibleAnswers(flow: Flow, answers: Answers): Answers {
  const out: Answers = {};
  for (const { question } of visibleQuestions(flow, answers)) {
    const a = answers[question.id];
    if (a !== undefined && isAnswered(question, answers)) out[question.id] = a;
  }
  return out;
}

export type Result = {
  procedures: Procedure[];
  bring: BringItem[];
  counters: Counter[];
  notes: L[];
};

function pushUnique(list: string[], ids: readonly string[] | undefined) {
  for (const id of ids ?? []) if (!list.includes(id)) list.push(id);
}

/**
 * always + the adds of every chosen choice of the visible questions, in question order (depth first),
 * de-duplicated by id keeping the first position; the counters are those in the adds followed by the counter of
 * every procedure of the result, de-duplicated; notes in order.
 */
export function evaluate(flow: Flow, answers: Answers, counters: readonly Counter[]): Result {
  const procedureIds: string[] = [];
  const bringIds: string[] = [];
  const counterIds: string[] = [];
  const notes: L[] = [];
  const add = (a: Adds | undefined) => {
    if (!a) return;
    pushUnique(procedureIds, a.procedures);
    pushUnique(bringIds, a.bring);
    pushUnique(counterIds, a.counters);
    notes.push(...(a.notes ?? []));
  };
  add(flow.always);
  for (const { question } of visibleQuestions(flow, answers)) {
    add(question.choices.find((c) => c.id === answers[question.id])?.adds);
  }
  const procedures = procedureIds
    .map((id) => flow.procedures.find((p) => p.id === id))
    .filter((p): p is Procedure => p !== undefined);
  for (const p of procedures) if (p.counter) pushUnique(counterIds, [p.counter]);
  return {
    procedures,
    bring: bringIds.map((id) => flow.bring.find((b) => b.id === id)).filter((b): b is BringItem => b !== undefined),
    counters: counterIds.map((id) => counters.find((c) => c.id === id)).filter((c): c is Counter => c !== undefined),
    notes,
  };
}

export function findFlow(config: CitizenConfig, id: string): Flow | undefined {
  return config.flows.find((f) => f.id === id);
}
