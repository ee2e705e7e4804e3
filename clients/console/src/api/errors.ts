import type { CombinedError } from '@urql/core';

/** extensions.code set by the server's error presenter. */
export type ErrorCode = 'invalid' | 'not_found' | 'conflict' | 'unauthorized' | 'forbidden' | 'internal';

const errorCodes: readonly ErrorCode[] = ['invalid', 'not_found', 'conflict', 'unauthorized', 'forbidden', 'internal'];

export type ApiError = {
  code: ErrorCode;
  /** Japanese, safe to show. */
  message: string;
  /** Argument the error is about (last segment of extensions.field), when the server names one. */
  field?: string;
};

const networkMessage = 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。';
const internalMessage = 'サーバーでエラーが発生しました。時間をおいて、もう一度お試しください。';

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (errorCodes as readonly string[]).includes(value);
}

/** Turns an urql error into the errors the screen shows, always in Japanese. */
export function apiErrors(error: CombinedError): ApiError[] {
  if (error.graphQLErrors.length === 0) {
    return [{ code: 'internal', message: error.networkError ? networkMessage : internalMessage }];
  }
  return error.graphQLErrors.map((e) => {
    const code = isErrorCode(e.extensions['code']) ? e.extensions['code'] : 'internal';
    const rawField = e.extensions['field'];
    const field = typeof rawField === 'string' && rawField !== '' ? rawField.split('.').pop() : undefined;
    // A message without a known code may be an English parser error; never show that.
    const message = code === 'internal' || !e.message ? internalMessage : e.message;
    return field === undefined ? { code, message } : { code, message, field };
  });
}
