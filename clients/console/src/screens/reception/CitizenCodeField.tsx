import { type SubmitEvent, Suspense, lazy, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorText } from '../../components/ErrorText';
import { Input } from '../../components/Input';
import { Label } from '../../components/Label';
import { StatusMessage } from '../../components/StatusMessage';
import { SupportText } from '../../components/SupportText';
import { ImportCitizenCodeMutation } from '../citizen/documents';
import { type ImportSummary, importSummary, normalizeCitizenCode, typedThroughIme } from './citizenCode';
import { cameraAvailable } from './cameraAvailable';

export type CitizenCodeFieldProps = {
  /** The open reception the code joins; without one the server opens a new reception. */
  receptionID?: string;
  /** Called (instead of opening the reception) when the code made no 届出, e.g. a certificate's navigation. */
  onSummary?: (summary: ImportSummary) => void;
};

// 本日の受付 is the first screen: the camera view (and jsQR after it) loads only when a tablet opens it.
const CitizenCodeCamera = lazy(() => import('./CitizenCodeCamera').then((m) => ({ default: m.CitizenCodeCamera })));

/** Where a code came from: what gets the focus back after the read. */
type Source = 'reader' | 'camera';

/**
 * 二次元コード読取 (N-t, N-u): a USB reader in keyboard mode types the resident's code and presses Enter. The
 * field keeps the focus and is emptied after every read, so the next resident's code can be read at once.
 * Where the browser has a camera (the counter's tablet), 「カメラで読み取る」 reads the code from the resident's
 * screen or paper instead; the code then takes the same way as a typed one.
 */
export const CitizenCodeField = ({ receptionID, onSummary }: CitizenCodeFieldProps) => {
  const ids = useId();
  const inputId = `${ids}-code`;
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  // A new key for every failed read, so that the same message read twice is announced twice.
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState('');
  const [{ fetching }, importCode] = useMutation(ImportCitizenCodeMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const cameraButtonRef = useRef<HTMLButtonElement>(null);
  const lastRead = useRef(0);
  const navigate = useNavigate();
  const [hasCamera] = useState(cameraAvailable);
  const [cameraOpen, setCameraOpen] = useState(false);

  // After a camera read the focus goes back to the camera button, not the field: on a tablet a focused field
  // raises the on-screen keyboard over the page. rAF: the button is rendered again only after the view closes.
  const focusAfter = (source: Source) => {
    if (source === 'camera') requestAnimationFrame(() => cameraButtonRef.current?.focus());
    else inputRef.current?.focus();
  };

  const fail = (message: string, source: Source = 'reader') => {
    setDone('');
    setError(message);
    setAttempt((a) => a + 1);
    focusAfter(source);
  };

  /** A code as the server reads it, from the reader or the camera: opens its 届出 or shows its summary. */
  const read = async (code: string, source: Source) => {
    lastRead.current = Date.now();
    setError('');
    const result = await importCode({ code, receptionID: receptionID ?? null }, { additionalTypenames: ['Reception'] });
    lastRead.current = Date.now();
    const imported = result.data?.importCitizenCode;
    if (!imported) {
      const message = result.error ? (apiErrors(result.error)[0]?.message ?? '') : '';
      fail(message || '二次元コードを読み取れませんでした。もう一度読み取ってください。', source);
      return;
    }
    const notificationId = imported.notification?.notification.id;
    if (notificationId) {
      void navigate(`/notifications/${notificationId}`);
      return;
    }
    const summary = importSummary(imported);
    if (receptionID === imported.reception.id && onSummary) {
      onSummary(summary);
      setDone(`「${summary.flowTitle}」の二次元コードを読み込みました。必要な手続きと持ち物を下に表示しています。`);
      focusAfter(source);
      return;
    }
    void navigate(`/receptions/${imported.reception.id}`, { state: { citizenImport: summary } });
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    const code = normalizeCitizenCode(value);
    setValue('');
    // Readers that end a line with CR LF press Enter twice: the second, empty one right after a read is noise.
    if (code === '') {
      if (!fetching && Date.now() - lastRead.current > 1_000) fail('二次元コードを読取機で読み取ってください。');
      return;
    }
    if (fetching) return;
    setDone('');
    await read(code, 'reader');
  };

  const onCameraCode = (code: string) => {
    setCameraOpen(false);
    if (fetching) return;
    setDone('二次元コードを読み取りました。読み込んでいます…');
    void read(code, 'camera');
  };

  const ime = typedThroughIme(value);
  const supportId = `${inputId}-support`;
  const imeId = `${inputId}-ime`;
  const errorId = `${inputId}-error`;
  const describedBy = [supportId, ime ? imeId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-2" aria-label="二次元コード読取">
      <Label htmlFor={inputId}>二次元コード読取</Label>
      <SupportText id={supportId}>
        市民の方が手続きナビで作った二次元コードを読取機で読み取ります。転入・転居・転出は届出の下書きを作って開き、ほかの手続きは必要な手続きと持ち物を表示します。読み取れないときは入力モードを半角英数にしてください。
      </SupportText>
      <div className="flex flex-wrap items-start gap-3">
        <Input
          ref={inputRef}
          id={inputId}
          className="max-w-md flex-1 font-mono"
          blockSize="md"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
          value={value}
          isError={Boolean(error)}
          aria-describedby={describedBy}
          onChange={(e) => {
            setValue(e.currentTarget.value);
          }}
        />
        <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
          {fetching ? '読み込んでいます…' : '読み込む'}
        </Button>
        {hasCamera && !cameraOpen && (
          <Button
            ref={cameraButtonRef}
            type="button"
            variant="outline"
            size="md"
            aria-disabled={fetching || undefined}
            aria-describedby={error ? errorId : undefined}
            onClick={() => {
              if (!fetching) setCameraOpen(true);
            }}
          >
            カメラで読み取る
          </Button>
        )}
      </div>
      {cameraOpen && (
        <Suspense fallback={<p className="text-std-16N-170">カメラを準備しています…</p>}>
          <CitizenCodeCamera
            onCode={onCameraCode}
            onClose={() => {
              setCameraOpen(false);
              requestAnimationFrame(() => cameraButtonRef.current?.focus());
            }}
          />
        </Suspense>
      )}
      {ime && (
        <p id={imeId} className="text-std-16N-170 text-red-1000">
          日本語入力がオンになっています。入力モードを半角英数に切り替えてから、もう一度読み取ってください。
        </p>
      )}
      <StatusMessage>{done}</StatusMessage>
      <div aria-live="assertive">
        {error && (
          <ErrorText key={attempt} id={errorId}>
            {error}
          </ErrorText>
        )}
      </div>
    </form>
  );
};
