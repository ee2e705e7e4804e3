import { useState } from 'react';
import { ApiError, api } from '../api/client';
import { useI18n } from '../i18n/i18n';
import { type LiffSession, idToken } from '../line/liff';
import type { Answers } from '../navi/evaluate';
import { Button } from './Button';

type Props = { lg: string; liff: LiffSession; flowId: string; answers: Answers; code: string | null };

/**
 * 「LINEに送る」 (N-j): the server checks the resident's LIFF ID token with LINE, recomputes the result from the
 * answers and pushes it, with the QR code, to that resident's chat. No household data is sent: the code is
 * already encrypted.
 */
export function LineSend({ lg, liff, flowId, answers, code }: Props) {
  const { t, lang } = useI18n();
  const [status, setStatus] = useState<{ kind: 'idle' | 'sending' | 'sent' } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });
  const send = async () => {
    const token = idToken(liff);
    if (!token) return;
    setStatus({ kind: 'sending' });
    try {
      await api.linePush(lg, { idToken: token, flowId, answers, code, lang });
      setStatus({ kind: 'sent' });
    } catch (err) {
      setStatus({ kind: 'failed', message: err instanceof ApiError ? err.message : String(err) });
    }
  };
  return (
    <div className="flex flex-col gap-2 print:hidden">
      <Button
        variant="solid-fill"
        size="lg"
        aria-disabled={status.kind === 'sending'}
        onClick={() => {
          void send();
        }}
      >
        {status.kind === 'sending' ? t('sendingLine') : t('sendLine')}
      </Button>
      <p role="status" className="text-std-17B-170">
        {status.kind === 'sent' ? t('sentLine') : status.kind === 'failed' ? t('lineFailed', { message: status.message }) : ''}
      </p>
    </div>
  );
}
