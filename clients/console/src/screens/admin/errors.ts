import type { CombinedError } from '@urql/core';
import { type ApiError, apiErrors } from '../../api/errors';

/** An API error with the whole path the server names (csv.3.丁目, fields[3].w), not only its last segment. */
export type PathError = ApiError & { path?: string };

export function pathErrors(error: CombinedError): PathError[] {
  const mapped = apiErrors(error);
  return mapped.map((e, i) => {
    const raw = error.graphQLErrors[i]?.extensions['field'];
    return typeof raw === 'string' && raw !== '' ? { ...e, path: raw } : e;
  });
}
