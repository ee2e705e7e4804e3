import { stringifyDocument } from '@urql/core';
import { type SubmitEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { useClient } from 'urql';
import { CSRF_HEADER, csrfToken } from '../../api/csrf';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorText } from '../../components/ErrorText';
import { Label } from '../../components/Label';
import type {
  AttachmentKind,
  EditorArchiveFragment,
  EditorAttachmentFragment,
  EditorMemoFragment,
  EditorNotificationFragment,
} from '../../gql/graphql';
import { AddAttachmentMutation, AddMemoMutation } from './documents';

const panelStyle = 'flex flex-col gap-3 rounded-12 bg-white p-4 shadow-1';

function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString('ja-JP', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
}

function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${Math.round(n / 1024)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const profileLabels: Record<string, string> = {
  original: '原本（個人番号あり）',
  mynumber: '個人番号マスク',
  'domicile-mynumber': '本籍・個人番号マスク',
  public: '公開用マスク',
};

export const archiveLabel = (a: EditorArchiveFragment) => `${profileLabels[a.profile] ?? a.profile}（第${a.version}版）`;

/** The PDFs kept at completion (E1, K-u), each opened in a new tab. */
export const ArchivePanel = ({ archives }: { archives: readonly EditorArchiveFragment[] }) => {
  const uid = useId();
  if (archives.length === 0) return null;
  return (
    <section aria-labelledby={`${uid}-h`} className={panelStyle}>
      <h2 id={`${uid}-h`} className="text-std-20B-150">
        保管された届出書（PDF）
      </h2>
      <ul className="flex flex-col gap-1">
        {archives.map((a) => (
          <li key={a.id}>
            <a
              href={a.url}
              target="_blank"
              rel="noopener"
              className="text-std-16N-170 text-blue-900 underline focus-visible:bg-yellow-300"
            >
              {archiveLabel(a)}を開く<span className="sr-only">（新しいタブ）</span>
            </a>
            <span className="ml-2 text-std-16N-170 text-solid-gray-700">
              {formatSize(a.size)}・{formatDateTime(a.archivedAt)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
};

export type SourcesPanelProps = {
  documents: EditorNotificationFragment['sourceDocuments'];
};

/** The scanned documents the 届出 was read from (A1), each opening its review screen. */
export const SourcesPanel = ({ documents }: SourcesPanelProps) => {
  const uid = useId();
  if (documents.length === 0) return null;
  return (
    <section aria-labelledby={`${uid}-h`} className={panelStyle}>
      <h2 id={`${uid}-h`} className="text-std-20B-150">
        読み取った書類
      </h2>
      <ul className="flex flex-col gap-1">
        {documents.map((d) => (
          <li key={d.id}>
            <Link to={`/documents/${d.id}`} className="text-std-16N-170 text-blue-900 underline focus-visible:bg-yellow-300">
              {d.filename}
            </Link>
            <span className="ml-2 text-std-16N-170 text-solid-gray-700">{d.documentType ?? ''}</span>
          </li>
        ))}
      </ul>
      <p className="text-std-16N-170 text-solid-gray-700">「OCR」の印はその書類から読み取った項目です（%は確からしさ）。</p>
    </section>
  );
};

export type MemoPanelProps = {
  notificationId: string;
  memos: readonly EditorMemoFragment[];
  onAdded: (m: EditorMemoFragment) => void;
};

/** Memos (A7, K-q): what staff note about the 届出, kept with it. */
export const MemoPanel = ({ notificationId, memos, onAdded }: MemoPanelProps) => {
  const uid = useId();
  const client = useClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setStatus('');
    if (body.trim() === '') {
      setError('メモを入力してください。');
      document.getElementById(`${uid}-body`)?.focus();
      return;
    }
    setBusy(true);
    const r = await client.mutation(AddMemoMutation, { id: notificationId, body: body.trim() }).toPromise();
    setBusy(false);
    if (!r.data) {
      setError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : 'メモを追加できませんでした。');
      return;
    }
    setError('');
    setBody('');
    setStatus('メモを追加しました。');
    onAdded(r.data.addMemo);
  };

  return (
    <section aria-labelledby={`${uid}-h`} className={panelStyle}>
      <h2 id={`${uid}-h`} className="text-std-20B-150">
        メモ
      </h2>
      {memos.length === 0 ? (
        <p className="text-std-16N-170">メモはありません。</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {memos.map((m) => (
            <li key={m.id} className="border-l-4 border-blue-900 pl-3">
              <p className="whitespace-pre-wrap text-std-16N-170">{m.body}</p>
              <p className="text-dns-14N-130 text-solid-gray-700">
                {m.authorName ? `${m.authorName}・` : ''}
                {formatDateTime(m.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-2">
        <Label htmlFor={`${uid}-body`} size="sm">
          新しいメモ
        </Label>
        <textarea
          id={`${uid}-body`}
          rows={2}
          value={body}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${uid}-error` : undefined}
          onChange={(e) => {
            setBody(e.currentTarget.value);
          }}
          className="w-full rounded-8 border border-solid-gray-600 bg-white px-3 py-2 text-std-16N-170 aria-[invalid=true]:border-error-1"
        />
        {error && <ErrorText id={`${uid}-error`}>{error}</ErrorText>}
        <div>
          <Button type="submit" variant="outline" size="sm" aria-disabled={busy || undefined}>
            メモを追加
          </Button>
        </div>
        <p role="status" className="text-std-16N-170 text-green-900">
          {status}
        </p>
      </form>
    </section>
  );
};

const attachmentKinds: readonly (readonly [AttachmentKind, string])[] = [
  ['move_out_certificate', '転出証明書'],
  ['power_of_attorney', '委任状'],
  ['identity_document', '本人確認書類'],
  ['koseki', '戸籍関係書類'],
  ['printed_form', '印刷した申請書'],
  ['other', 'その他'],
];

export const attachmentKindLabel = (k: AttachmentKind) => attachmentKinds.find(([v]) => v === k)?.[1] ?? k;

type UploadResult = { attachment: EditorAttachmentFragment } | { error: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isAttachment(v: unknown): v is EditorAttachmentFragment {
  return isRecord(v) && typeof v['id'] === 'string' && typeof v['filename'] === 'string' && typeof v['url'] === 'string';
}

/**
 * Sends the file by the GraphQL multipart request spec (operations, map, then the file), with the CSRF header the
 * server requires of every POST.
 */
export async function uploadAttachment(notificationId: string, kind: AttachmentKind, file: File): Promise<UploadResult> {
  const body = new FormData();
  body.append(
    'operations',
    JSON.stringify({
      query: stringifyDocument(AddAttachmentMutation),
      variables: { id: notificationId, kind, file: null },
    }),
  );
  body.append('map', JSON.stringify({ '0': ['variables.file'] }));
  body.append('0', file, file.name);
  let json: unknown;
  try {
    const res = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { [CSRF_HEADER]: csrfToken() },
      body,
    });
    json = await res.json();
  } catch {
    return { error: 'サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください。' };
  }
  if (isRecord(json)) {
    const data = json['data'];
    if (isRecord(data) && isAttachment(data['addAttachment'])) return { attachment: data['addAttachment'] };
    const errors = json['errors'];
    if (Array.isArray(errors) && isRecord(errors[0])) {
      const first = errors[0];
      const ext = isRecord(first['extensions']) ? first['extensions'] : {};
      const known = typeof ext['code'] === 'string' && ext['code'] !== 'internal';
      if (known && typeof first['message'] === 'string') return { error: first['message'] };
    }
  }
  return { error: 'ファイルを添付できませんでした。もう一度お試しください。' };
}

export type AttachmentPanelProps = {
  notificationId: string;
  attachments: readonly EditorAttachmentFragment[];
  onAdded: (a: EditorAttachmentFragment) => void;
};

/** Attachments (E1, K-q): 転出証明書, 委任状 … kept with the 届出 as images or PDF. */
export const AttachmentPanel = ({ notificationId, attachments, onAdded }: AttachmentPanelProps) => {
  const uid = useId();
  const [kind, setKind] = useState<AttachmentKind>('move_out_certificate');
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [inputKey, setInputKey] = useState(0);

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (busy) return;
    setStatus('');
    if (!file) {
      setError('添付するファイルを選んでください。');
      document.getElementById(`${uid}-file`)?.focus();
      return;
    }
    setBusy(true);
    setStatus('送信しています…');
    const r = await uploadAttachment(notificationId, kind, file);
    setBusy(false);
    if ('error' in r) {
      setStatus('');
      setError(r.error);
      document.getElementById(`${uid}-file`)?.focus();
      return;
    }
    setError('');
    setFile(null);
    setInputKey((k) => k + 1);
    setStatus(`「${r.attachment.filename}」を添付しました。`);
    onAdded(r.attachment);
  };

  return (
    <section aria-labelledby={`${uid}-h`} className={panelStyle}>
      <h2 id={`${uid}-h`} className="text-std-20B-150">
        添付書類
      </h2>
      {attachments.length === 0 ? (
        <p className="text-std-16N-170">添付書類はありません。</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {attachments.map((a) => (
            <li key={a.id} className="text-std-16N-170">
              <a href={a.url} target="_blank" rel="noopener" className="text-blue-900 underline focus-visible:bg-yellow-300">
                {a.filename}
                <span className="sr-only">（新しいタブ）</span>
              </a>
              <span className="ml-2 text-solid-gray-700">
                {attachmentKindLabel(a.kind)}・{formatSize(a.size)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-2">
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${uid}-kind`} size="sm">
            書類の種類
          </Label>
          <select
            id={`${uid}-kind`}
            value={kind}
            onChange={(e) => {
              const v = attachmentKinds.find(([k]) => k === e.currentTarget.value);
              if (v) setKind(v[0]);
            }}
            className="h-10 w-full rounded-8 border border-solid-gray-600 bg-white px-3 text-oln-16N-100"
          >
            {attachmentKinds.map(([v, label]) => (
              <option key={v} value={v}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${uid}-file`} size="sm">
            ファイル（JPEG・PNG・TIFF・PDF）
          </Label>
          <input
            key={inputKey}
            id={`${uid}-file`}
            type="file"
            accept="image/jpeg,image/png,image/tiff,application/pdf"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${uid}-error` : undefined}
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
            }}
            className="text-std-16N-170 file:mr-3 file:rounded-6 file:border file:border-blue-900 file:bg-white file:px-3 file:py-1 file:text-blue-900"
          />
          {error && <ErrorText id={`${uid}-error`}>{error}</ErrorText>}
        </div>
        <div>
          <Button type="submit" variant="outline" size="sm" aria-disabled={busy || undefined}>
            添付する
          </Button>
        </div>
        <p role="status" className="text-std-16N-170 text-green-900">
          {status}
        </p>
      </form>
    </section>
  );
};
