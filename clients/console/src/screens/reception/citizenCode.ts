import type { ImportCitizenCodeMutation } from '../../gql/graphql';

export type CitizenCodeImport = ImportCitizenCodeMutation['importCitizenCode'];

/**
 * What a keyboard-wedge reader typed, as the server reads it: base32 upper case without spaces or line breaks.
 * NFKC first: with the Japanese IME in 全角英数 the reader's keys arrive as full-width letters (Ａ２), which are
 * the same characters to a person and must be to the code too. Padding is dropped; the codes carry none.
 */
export function normalizeCitizenCode(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s=]/g, '').toUpperCase();
}

/** True when the text holds kana: the IME was in ひらがな mode, so the reader's letters became Japanese. */
export function typedThroughIme(typed: string): boolean {
  return /[\u3040-\u30ff]/.test(typed);
}

/** What the reception screen shows of an imported code whose navigation made no 届出 (証明書, 出生 …). */
export type ImportSummary = {
  flowTitle: string;
  persons: number;
  madeAt: string;
  procedures: string[];
  bring: string[];
};

export function importSummary(r: CitizenCodeImport): ImportSummary {
  return { flowTitle: r.flowTitle, persons: r.persons, madeAt: r.madeAt, procedures: r.procedures, bring: r.bring };
}

/** Reads an ImportSummary back from history state (unknown: it may come from another version of the console). */
export function importSummaryFromState(state: unknown): ImportSummary | undefined {
  if (typeof state !== 'object' || state === null || !('citizenImport' in state)) return undefined;
  const s: unknown = state.citizenImport;
  if (typeof s !== 'object' || s === null) return undefined;
  const o = s as Record<string, unknown>;
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  if (typeof o['flowTitle'] !== 'string' || typeof o['madeAt'] !== 'string' || typeof o['persons'] !== 'number') {
    return undefined;
  }
  return {
    flowTitle: o['flowTitle'],
    persons: o['persons'],
    madeAt: o['madeAt'],
    procedures: strings(o['procedures']),
    bring: strings(o['bring']),
  };
}
