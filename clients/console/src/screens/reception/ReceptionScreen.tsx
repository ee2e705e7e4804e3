import { type ChangeEvent, type DragEvent, useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorText } from '../../components/ErrorText';
import { Label } from '../../components/Label';
import { StatusMessage } from '../../components/StatusMessage';
import { SupportText } from '../../components/SupportText';
import { graphql } from '../../gql';
import type { IntakeReceptionQuery, NotificationKind } from '../../gql/graphql';
import { useDocumentTitle } from '../useDocumentTitle';
import { CameraCapture, cameraAvailable } from './CameraCapture';
import { CitizenCodeField } from './CitizenCodeField';
import { useMoveReasons } from '../../api/moveReasons';
import { CitizenImportSummary } from './CitizenImportSummary';
import { type ImportSummary, importSummaryFromState } from './citizenCode';
import {
  channelLabels,
  dayInTokyo,
  documentStatusLabels,
  documentTypeLabel,
  documentTypes,
  receptionStatusLabels,
  timeInTokyo,
} from './labels';
import { headingClass, useHeadingFocus } from './useHeadingFocus';
import { useSessionState } from './useSessionState';

export const IntakeReceptionQueryDocument = graphql(`
  query IntakeReception($id: ID!) {
    node(id: $id) {
      __typename
      ... on Reception {
        id
        confirmationNumber
        status
        channel
        openedAt
        notifications {
          id
          reasonLabel
          statusLabel
        }
        sourceDocuments {
          id
          filename
          contentType
          status
          error
          documentType
          documentTypeHint
          url
          notificationID
        }
      }
    }
  }
`);

export const IntakeScanDocumentMutation = graphql(`
  mutation IntakeScanDocument($receptionID: ID!, $documentType: String, $file: Upload!) {
    scanDocument(receptionID: $receptionID, documentType: $documentType, file: $file) {
      id
      status
    }
  }
`);

export const IntakeRereadDocumentMutation = graphql(`
  mutation IntakeRereadDocument($id: ID!, $documentType: String) {
    rereadDocument(id: $id, documentType: $documentType) {
      id
      status
      error
    }
  }
`);

export const IntakeAttachDocumentMutation = graphql(`
  mutation IntakeAttachDocument($sourceDocumentID: ID!, $notificationID: ID!) {
    attachSourceDocument(sourceDocumentID: $sourceDocumentID, notificationID: $notificationID) {
      id
      notificationID
    }
  }
`);

export const IntakeCreateNotificationMutation = graphql(`
  mutation IntakeCreateNotification($receptionID: ID!, $kind: NotificationKind, $input: NotificationDraftInput!) {
    createNotification(receptionID: $receptionID, kind: $kind, input: $input) {
      notification {
        id
      }
    }
  }
`);

type Reception = Extract<NonNullable<IntakeReceptionQuery['node']>, { __typename: 'Reception' }>;
type SourceDocument = Reception['sourceDocuments'][number];

/** While a document waits for OCR, the list asks again this often (a page takes about 2–10 s). */
const readingPollMs = 1_500;

const acceptedTypes = ['image/jpeg', 'image/png', 'image/tiff', 'application/pdf'];
const acceptedExtensions = /\.(jpe?g|png|tiff?|pdf)$/i;
const accept = [...acceptedTypes, '.jpg', '.jpeg', '.png', '.tif', '.tiff', '.pdf'].join(',');

/** The 届出日 of a 届出 made at the counter. */
const today = () => dayInTokyo(Date.now());

function acceptable(f: File): boolean {
  return acceptedTypes.includes(f.type) || acceptedExtensions.test(f.name);
}

const linkClass =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';
const selectClass = `
  h-12 w-full max-w-sm rounded-8 border border-solid-gray-600 bg-white px-4 text-oln-16N-100 text-solid-gray-800
  hover:border-black aria-[invalid=true]:border-error-1
  focus:outline-4 focus:outline-black focus:outline-offset-[calc(2/16*1rem)] focus:ring-[calc(2/16*1rem)] focus:ring-yellow-300
`;

/** 受付 {確認番号}: scan or photograph what the resident brought, or start a 届出 without OCR (K-g). */
export const ReceptionScreen = () => {
  const { id = '' } = useParams();
  const location = useLocation();
  // A new reception is a new screen: its choices and messages start afresh.
  return <Intake key={id} id={id} citizenImport={importSummaryFromState(location.state)} />;
};

const receptionQueryContext = { additionalTypenames: ['Notification', 'SourceDocument'] };

const Intake = ({ id, citizenImport }: { id: string; citizenImport: ImportSummary | undefined }) => {
  const { reasons: moveReasons } = useMoveReasons();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: IntakeReceptionQueryDocument,
    variables: { id },
    // Coming back from the editor, the 届出 made there must be listed: always from the server, never a stale
    // list shown first (a full run showed the cached, empty list kept after going back).
    requestPolicy: 'network-only',
    // An empty list names no Notification or SourceDocument for urql's document cache: say so, so that creating
    // one drops the cached answer (a loaded CI run still showed the empty list after going back).
    context: receptionQueryContext,
  });
  const reception = data?.node?.__typename === 'Reception' ? data.node : undefined;
  useDocumentTitle(reception ? `受付 ${reception.confirmationNumber}` : '受付');
  const headingRef = useHeadingFocus(id);
  const navigate = useNavigate();
  const ids = useId();

  const [documentType, setDocumentType] = useSessionState(`kakanai.intake.${id}.documentType`, '');
  const [reason, setReason] = useSessionState(`kakanai.intake.${id}.reason`, '');
  const [reasonError, setReasonError] = useState('');
  const [createError, setCreateError] = useState('');
  const [uploadErrors, setUploadErrors] = useState<string[]>([]);
  const [uploadStatus, setUploadStatus] = useState('');
  const [uploading, setUploading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);
  // What a resident's code brought when it made no 届出: from 本日の受付 (history state) or read on this screen.
  const [imported, setImported] = useState(citizenImport);
  const [hasCamera] = useState(cameraAvailable);
  const reasonRef = useRef<HTMLSelectElement>(null);
  const cameraButtonRef = useRef<HTMLButtonElement>(null);

  const [, scan] = useMutation(IntakeScanDocumentMutation);
  const [, reread] = useMutation(IntakeRereadDocumentMutation);
  const [{ fetching: creating }, createNotification] = useMutation(IntakeCreateNotificationMutation);
  const [, attachDocument] = useMutation(IntakeAttachDocumentMutation);

  const docs = reception?.sourceDocuments ?? [];
  const reading = docs.some((d) => d.status === 'pending' || d.status === 'reading');

  useEffect(() => {
    if (!reading) return;
    const poll = setInterval(() => {
      reexecute({ requestPolicy: 'network-only' });
    }, readingPollMs);
    return () => {
      clearInterval(poll);
    };
  }, [reading, reexecute]);

  const refresh = () => {
    reexecute({ requestPolicy: 'network-only' });
  };

  const upload = async (files: File[]) => {
    if (files.length === 0 || uploading) return;
    const errors: string[] = [];
    const good = files.filter((f) => {
      if (acceptable(f)) return true;
      errors.push(`「${f.name}」：読み取れるのは JPEG・PNG・TIFF・PDF のファイルです。`);
      return false;
    });
    setUploadErrors(errors);
    setUploadStatus(good.length > 0 ? `${good.length}件の書類を送っています…` : '');
    if (good.length === 0) return;
    setUploading(true);
    let sent = 0;
    // One at a time, so the list keeps the order the staff chose.
    for (const file of good) {
      const result = await scan({ receptionID: id, documentType: documentType || null, file });
      if (result.data?.scanDocument.id) sent++;
      else {
        const message = result.error ? (apiErrors(result.error)[0]?.message ?? '') : '送信できませんでした。';
        errors.push(`「${file.name}」：${message}`);
      }
    }
    setUploading(false);
    setUploadErrors([...errors]);
    setUploadStatus(sent > 0 ? `${sent}件の書類を受け付けました。読み取りの結果は下の一覧に表示されます。` : '');
    refresh();
  };

  const onFiles = (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    void upload(files);
  };

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setDragging(false);
    void upload(Array.from(e.dataTransfer.files));
  };

  const onReread = async (doc: SourceDocument) => {
    const result = await reread({ id: doc.id, documentType: documentType || doc.documentTypeHint || null });
    if (result.error) {
      setUploadErrors([`「${doc.filename}」：${apiErrors(result.error)[0]?.message ?? ''}`]);
    } else {
      setUploadErrors([]);
      setUploadStatus(`「${doc.filename}」をもう一度読み取っています。`);
    }
    refresh();
  };

  /**
   * A blank 届出 of the chosen 異動事由 in this reception, opened in the editor (K-g, A6). From a document whose
   * reading failed, that document is linked to it and kept with it.
   */
  const startManual = async (documentID?: string) => {
    if (creating) return;
    setCreateError('');
    const chosen = moveReasons.find((r) => r.code === reason);
    if (!chosen) {
      setReasonError('異動事由を選んでください。');
      reasonRef.current?.focus();
      return;
    }
    setReasonError('');
    // 職権記載 is the one reason of the other kind of 届出 (internal/juki).
    const kind: NotificationKind = chosen.code === 'ex_officio' ? 'ex_officio' : 'move';
    // Made at the counter: the 届出日 is today.
    const content = { reason: chosen.code, notifiedOn: today(), persons: [] };
    const result = await createNotification({ receptionID: id, kind, input: { content } });
    const created = result.data?.createNotification.notification.id;
    if (created) {
      if (documentID) {
        const attached = await attachDocument({ sourceDocumentID: documentID, notificationID: created });
        if (attached.error) {
          setCreateError(
            `届出は作成しましたが、書類を結び付けられませんでした（${apiErrors(attached.error)[0]?.message ?? ''}）。`,
          );
          return;
        }
      }
      void navigate(`/notifications/${created}`);
      return;
    }
    setCreateError(result.error ? (apiErrors(result.error)[0]?.message ?? '') : '届出を作成できませんでした。');
  };

  const counts = { pending: 0, reading: 0, done: 0, failed: 0 };
  for (const d of docs) counts[d.status]++;
  const progress =
    docs.length === 0
      ? ''
      : `読取待ち ${counts.pending}件、読取中 ${counts.reading}件、読取済み ${counts.done}件、読取失敗 ${counts.failed}件`;

  const reasonId = `${ids}-reason`;
  const typeId = `${ids}-type`;
  const fileId = `${ids}-file`;

  // The h1 stays the same element from loading to loaded, so the focus put on it stays.
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <h1 ref={headingRef} tabIndex={-1} className={headingClass}>
          {reception ? `受付 ${reception.confirmationNumber}` : '受付'}
        </h1>
        {reception && (
          <p className="text-std-16N-170 text-solid-gray-800">
            {receptionStatusLabels[reception.status]}・{timeInTokyo(reception.openedAt)} 受付開始
            {reception.channel !== 'counter' && (
              <span data-testid="reception-channel">・{channelLabels[reception.channel]}</span>
            )}
          </p>
        )}
      </div>

      {!reception ? (
        <div className="flex flex-col gap-4">
          {fetching && <p className="text-std-16N-170">読み込み中です…</p>}
          {error && (
            <p role="alert" className="text-std-16N-170 text-red-1000">
              受付を読み込めませんでした：{apiErrors(error)[0]?.message}
            </p>
          )}
          {!fetching && !error && (
            <p role="alert" className="text-std-16N-170 text-red-1000">
              受付が見つかりません。
            </p>
          )}
          <p>
            <Link to="/" className={linkClass}>
              本日の受付に戻る
            </Link>
          </p>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
          <div className="flex flex-col gap-6">
            <section aria-labelledby={`${ids}-scan-heading`} className="rounded-12 bg-white p-6 shadow-1">
              <h2 id={`${ids}-scan-heading`} className="text-std-24B-150">
                書類を読み取る
              </h2>
              <div className="mt-4 flex flex-col gap-6">
                <div className="flex flex-col gap-2">
                  <Label htmlFor={typeId}>書類の種類</Label>
                  <SupportText id={`${typeId}-support`}>分かっているときは選ぶと読み取りが確実になります。</SupportText>
                  <select
                    id={typeId}
                    className={selectClass}
                    value={documentType}
                    aria-describedby={`${typeId}-support`}
                    onChange={(e) => {
                      setDocumentType(e.currentTarget.value);
                    }}
                  >
                    {documentTypes.map((t) => (
                      <option key={t.value} value={t.value}>
                        {t.label}
                      </option>
                    ))}
                  </select>
                </div>

                <div
                  data-testid="drop-zone"
                  onDragEnter={(e) => {
                    e.preventDefault();
                    setDragging(true);
                  }}
                  onDragOver={(e) => {
                    e.preventDefault();
                    e.dataTransfer.dropEffect = 'copy';
                  }}
                  onDragLeave={(e) => {
                    const to = e.relatedTarget;
                    if (!(to instanceof Node) || !e.currentTarget.contains(to)) setDragging(false);
                  }}
                  onDrop={onDrop}
                  className={`flex flex-col gap-2 rounded-12 border-2 border-dashed p-6 ${
                    dragging ? 'border-blue-900 bg-blue-50' : 'border-solid-gray-600 bg-solid-gray-50'
                  }`}
                >
                  <Label htmlFor={fileId}>書類のファイル</Label>
                  <SupportText id={`${fileId}-support`}>
                    JPEG・PNG・TIFF・PDF。複数のファイルを一度に選べます。この枠にファイルをドラッグしても読み取ります。
                  </SupportText>
                  <input
                    id={fileId}
                    type="file"
                    multiple
                    accept={accept}
                    aria-describedby={`${fileId}-support`}
                    onChange={onFiles}
                    className="
                      w-full max-w-full text-std-16N-170 text-solid-gray-800
                      file:mr-4 file:min-h-12 file:cursor-pointer file:rounded-8 file:border file:border-solid file:border-blue-900
                      file:bg-white file:px-4 file:py-2 file:text-oln-16B-100 file:text-blue-900 hover:file:bg-blue-200
                      focus-visible:outline-4 focus-visible:outline-black focus-visible:outline-offset-[calc(2/16*1rem)]
                    "
                  />
                </div>

                {hasCamera &&
                  (cameraOpen ? (
                    <CameraCapture
                      onCapture={(file) => void upload([file])}
                      onClose={() => {
                        setCameraOpen(false);
                        requestAnimationFrame(() => cameraButtonRef.current?.focus());
                      }}
                    />
                  ) : (
                    <div>
                      <Button
                        ref={cameraButtonRef}
                        variant="outline"
                        size="md"
                        onClick={() => {
                          setCameraOpen(true);
                        }}
                      >
                        カメラで撮影
                      </Button>
                    </div>
                  ))}

                {uploadErrors.length > 0 && (
                  <div role="alert" className="rounded-12 border-2 border-error-1 bg-white p-4">
                    <p className="text-std-17B-170 text-red-1000">送れなかったファイルがあります</p>
                    <ul className="mt-2 flex list-disc flex-col gap-1 pl-6 text-std-16N-170">
                      {uploadErrors.map((m) => (
                        <li key={m}>{m}</li>
                      ))}
                    </ul>
                  </div>
                )}
                <StatusMessage>{uploadStatus || null}</StatusMessage>
              </div>
            </section>

            <section aria-labelledby={`${ids}-docs-heading`} className="rounded-12 bg-white p-6 shadow-1">
              <div className="flex flex-wrap items-baseline justify-between gap-x-6 gap-y-2">
                <h2 id={`${ids}-docs-heading`} className="text-std-24B-150">
                  読み取った書類
                </h2>
                <p role="status" aria-live="polite" className="text-std-16N-170" data-testid="reading-progress">
                  {progress}
                </p>
              </div>
              {docs.length === 0 ? (
                <p className="mt-4 text-std-16N-170">まだ書類はありません。ファイルを選ぶか、カメラで撮影してください。</p>
              ) : (
                <ol className="mt-4 flex flex-col gap-4">
                  {docs.map((doc) => (
                    <DocumentItem
                      key={doc.id}
                      doc={doc}
                      onReread={() => void onReread(doc)}
                      onManual={() => void startManual(doc.id)}
                    />
                  ))}
                </ol>
              )}
            </section>
          </div>

          <div className="flex flex-col gap-6">
            <section aria-labelledby={`${ids}-citizen-heading`} className="rounded-12 bg-white p-6 shadow-1">
              <h2 id={`${ids}-citizen-heading`} className="text-std-24B-150">
                市民の二次元コード
              </h2>
              <div className="mt-4 flex flex-col gap-6">
                <CitizenCodeField
                  receptionID={id}
                  onSummary={(s) => {
                    setImported(s);
                    refresh();
                  }}
                />
                {imported && <CitizenImportSummary summary={imported} />}
              </div>
            </section>

            <section aria-labelledby={`${ids}-manual-heading`} className="rounded-12 bg-white p-6 shadow-1">
              <h2 id={`${ids}-manual-heading`} className="text-std-24B-150">
                書類を読み取らずに入力
              </h2>
              <p className="mt-2 text-std-16N-170">異動事由を選ぶと、空の届出を作って入力画面を開きます。</p>
              <div className="mt-4 flex flex-col gap-2">
                <Label htmlFor={reasonId} required>
                  異動事由
                </Label>
                <select
                  ref={reasonRef}
                  id={reasonId}
                  className={selectClass}
                  value={reason}
                  aria-required
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={reasonError ? `${reasonId}-error` : undefined}
                  onChange={(e) => {
                    setReason(e.currentTarget.value);
                    setReasonError('');
                  }}
                >
                  <option value="">選んでください</option>
                  {moveReasons.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.label}
                    </option>
                  ))}
                </select>
                {reasonError && <ErrorText id={`${reasonId}-error`}>異動事由：{reasonError}</ErrorText>}
              </div>
              <div className="mt-4">
                <Button variant="solid-fill" size="md" onClick={() => void startManual()} aria-disabled={creating || undefined}>
                  {creating ? '届出を作成しています…' : 'OCRをせずに入力'}
                </Button>
              </div>
              {createError && (
                <p role="alert" className="mt-4 text-std-16N-170 text-red-1000">
                  届出を作成できませんでした：{createError}
                </p>
              )}
            </section>

            <section aria-labelledby={`${ids}-notifications-heading`} className="rounded-12 bg-white p-6 shadow-1">
              <h2 id={`${ids}-notifications-heading`} className="text-std-24B-150">
                この受付の届出
              </h2>
              {(reception.notifications ?? []).length === 0 ? (
                <p className="mt-2 text-std-16N-170">まだ届出はありません。</p>
              ) : (
                <ul className="mt-2 flex flex-col gap-2 text-std-16N-170">
                  {(reception.notifications ?? []).map((n) => (
                    <li key={n.id}>
                      <Link to={`/notifications/${n.id}`} className={linkClass}>
                        {n.reasonLabel}の届出（{n.statusLabel}）
                      </Link>
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <p>
              <Link to="/" className={linkClass}>
                本日の受付に戻る
              </Link>
            </p>
          </div>
        </div>
      )}
    </div>
  );
};

const statusStyle: { [key in SourceDocument['status']]: string } = {
  pending: 'border-solid-gray-600 text-solid-gray-800',
  reading: 'border-blue-900 text-blue-900',
  done: 'border-green-900 text-green-900',
  failed: 'border-red-1000 text-red-1000',
};

type DocumentItemProps = {
  doc: SourceDocument;
  onReread: () => void;
  onManual: () => void;
};

const DocumentItem = ({ doc, onReread, onManual }: DocumentItemProps) => {
  const type = doc.status === 'done' ? documentTypeLabel(doc.documentType) : documentTypeLabel(doc.documentTypeHint) || '自動判別';
  return (
    <li
      className="flex flex-col gap-2 rounded-8 border border-solid-gray-420 p-4"
      data-testid="source-document"
      aria-label={`${doc.filename}（${documentStatusLabels[doc.status]}）`}
    >
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <span className="text-std-16B-170 break-all">{doc.filename}</span>
        <span className={`rounded-6 border px-2 text-std-16B-170 ${statusStyle[doc.status]}`} data-testid="document-status">
          {documentStatusLabels[doc.status]}
        </span>
        {type && <span className="text-std-16N-170 text-solid-gray-800">{type}</span>}
      </div>
      {(doc.status === 'pending' || doc.status === 'reading') && (
        <p className="text-std-16N-170 text-solid-gray-800">読み取っています。このまま待つか、続けて次の書類を読み取れます。</p>
      )}
      {doc.status === 'failed' && (
        <p className="text-std-16N-170 text-red-1000" data-testid="document-error">
          {doc.error || '読み取れませんでした。'}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        {doc.status === 'done' && (
          <Link
            to={`/documents/${doc.id}`}
            className="inline-flex min-h-12 items-center rounded-8 border-4 border-double border-transparent bg-blue-900 px-4 text-oln-16B-100 text-white hover:bg-blue-1000 hover:underline focus-visible:outline-4 focus-visible:outline-black focus-visible:outline-offset-[calc(2/16*1rem)]"
          >
            読取結果を確認<span className="sr-only">（{doc.filename}）</span>
          </Link>
        )}
        {doc.status === 'failed' && (
          <>
            <Button variant="outline" size="sm" onClick={onReread}>
              再読取<span className="sr-only">（{doc.filename}）</span>
            </Button>
            <Button variant="outline" size="sm" onClick={onManual}>
              手で入力<span className="sr-only">（{doc.filename}）</span>
            </Button>
          </>
        )}
        {doc.notificationID != null && (
          <Link to={`/notifications/${doc.notificationID}`} className={linkClass}>
            作成した届出を開く
          </Link>
        )}
        <a href={doc.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
          画像を開く<span className="sr-only">（{doc.filename}、新しいタブ）</span>
        </a>
      </div>
    </li>
  );
};
