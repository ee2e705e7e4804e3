import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useClient } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { NotificationPaperQuery } from './documents';
import { type Paper, preparePaper, printCss } from './PaperScreen';

// The editor's page is long: in print, only the sheets (put beside the app, under body) are laid out.
const onlySheets = '@media print { body > :not(.kakanai-print) { display: none !important; } }';

/**
 * 印刷 from the editor (K-e): saves, asks the server for the paper as it is now, and prints its sheets without
 * leaving the screen, so that 確認へ進む is the next thing at hand. The preview stays one link away.
 */
export const PrintButton = ({ id, beforePrint }: { id: string; beforePrint: () => Promise<unknown> }) => {
  const client = useClient();
  const [paper, setPaper] = useState<Paper | null>(null);
  const [requested, setRequested] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const printedRef = useRef(0);

  // Print once the sheets are in the page; drop them when the browser's print is over.
  useEffect(() => {
    if (!paper || requested === printedRef.current) return;
    printedRef.current = requested;
    const clear = () => {
      setPaper(null);
    };
    window.addEventListener('afterprint', clear, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', clear);
    };
  }, [paper, requested]);

  const onPrint = async () => {
    if (busy) return;
    setBusy(true);
    setError('');
    await beforePrint();
    const r = await client.query(NotificationPaperQuery, { id }, { requestPolicy: 'network-only' }).toPromise();
    setBusy(false);
    const p = preparePaper(r.data?.notificationPaper ?? '');
    if (!p) {
      setError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '用紙を作成できませんでした。');
      return;
    }
    setPaper(p);
    setRequested((n) => n + 1);
  };

  return (
    <div className="flex flex-col items-end gap-1">
      <Button variant="outline" size="md" aria-disabled={busy || undefined} onClick={() => void onPrint()}>
        印刷
      </Button>
      <p role="status" className="text-std-16N-170">
        {busy ? '用紙を作成しています…' : ''}
      </p>
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          印刷できませんでした：{error}
        </p>
      )}
      {paper && <style>{`${printCss(paper)}\n${onlySheets}`}</style>}
      {paper &&
        createPortal(
          <div className="kakanai-print" aria-hidden="true" data-testid="editor-print-sheets">
            {paper.pages.map((page, i) => (
              <div key={i} dangerouslySetInnerHTML={{ __html: page }} />
            ))}
          </div>,
          document.body,
        )}
    </div>
  );
};
