import { useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { AgeHelperQuery, DescribePeriodOfStayQuery, ParseJapaneseDateQuery } from './documents';
import { useDebounced } from './useDebounced';

export type HelperResult = { text?: string | undefined; error?: string | undefined };

function firstMessage(error: Parameters<typeof apiErrors>[0] | undefined): string | undefined {
  return error ? apiErrors(error)[0]?.message : undefined;
}

/** 和暦 or any form staff type, read back by the server: 「令和2年5月1日（2020年5月1日）」. */
export function useDateReading(text: string): HelperResult {
  const settled = useDebounced(text.trim(), 400);
  const [{ data, error }] = useQuery({ query: ParseJapaneseDateQuery, variables: { text: settled }, pause: settled === '' });
  if (settled === '' || settled !== text.trim()) return {};
  if (error) return { error: firstMessage(error) };
  const d = data?.parseJapaneseDate;
  return d ? { text: `${d.wareki}（${d.seireki}）` } : {};
}

/** K-n: 令和4年12月1日(2022年)(1歳). */
export function useAgeHelp(birth: string): HelperResult {
  const settled = useDebounced(birth.trim(), 400);
  const [{ data, error }] = useQuery({ query: AgeHelperQuery, variables: { birth: settled }, pause: settled === '' });
  if (settled === '' || settled !== birth.trim()) return {};
  if (error) return { error: firstMessage(error) };
  return data ? { text: data.ageHelper.text } : {};
}

/** K-m: 0500000 (5年). */
export function usePeriodOfStay(code: string): HelperResult {
  const settled = useDebounced(code.trim(), 400);
  const [{ data, error }] = useQuery({ query: DescribePeriodOfStayQuery, variables: { code: settled }, pause: settled === '' });
  if (settled === '' || settled !== code.trim()) return {};
  if (error) return { error: firstMessage(error) };
  return data ? { text: data.describePeriodOfStay.text } : {};
}
