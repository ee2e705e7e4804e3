import { useQuery } from 'urql';
import { graphql } from '../gql';

export type MoveReasonOption = { code: string; label: string };

/**
 * 異動事由 as of this release (internal/juki/reasons.go), offered only when the server's list cannot be read, so that
 * the screens stay usable then. Otherwise codes, names and order come from the server (moveReasons).
 */
export const releaseMoveReasons: readonly MoveReasonOption[] = [
  { code: 'move_in', label: '転入' },
  { code: 'move_in_special', label: '特例転入' },
  { code: 'move_in_from_abroad', label: '国外転入' },
  { code: 'move_within', label: '転居' },
  { code: 'move_out', label: '転出' },
  { code: 'move_out_special', label: '特例転出' },
  { code: 'head_change', label: '世帯主変更' },
  { code: 'household_split', label: '世帯分離' },
  { code: 'household_merge', label: '世帯合併' },
  { code: 'household_restructure', label: '世帯構成変更' },
  { code: 'ex_officio', label: '職権記載' },
];

/** Every 異動事由 with its Japanese name, in the order of the form. */
export const MoveReasonsQuery = graphql(`
  query MoveReasons {
    moveReasons {
      code
      label
    }
  }
`);

export type MoveReasons = {
  reasons: readonly MoveReasonOption[];
  /** The server's list could not be read: `reasons` is the release's own. */
  fallback: boolean;
  loading: boolean;
};

/** The server's 異動事由, or the release's while it cannot be read (urql caches the answer for every screen). */
export function useMoveReasons(): MoveReasons {
  const [{ data, error, fetching }] = useQuery({ query: MoveReasonsQuery });
  if (data) return { reasons: data.moveReasons, fallback: false, loading: false };
  if (error) return { reasons: releaseMoveReasons, fallback: true, loading: false };
  return { reasons: releaseMoveReasons, fallback: false, loading: fetching };
}
