import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { FileField } from '../../components/FileField';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import type { AttachmentKind, SearchResultFieldsFragment } from '../../gql/graphql';
import { useCan } from '../../shell/viewer';
import { AddAttachmentMutation, AddMemoMutation } from './documents';
import { attachmentKindLabel, attachmentKinds, formatDateTime, formatSize, isAttachmentKind } from './labels';

export type ResultDetailsProps = {
  notification: SearchResultFieldsFragment;
  /** Who the 届出 is about, for the accessible names of the forms (「髙橋 一郎の届出」). */
  subject: string;
};

const linkStyle =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

/**
 * What staff do from a search result without opening the 届出 (K-q, K-v): the archived PDFs the role may open,
 * the attachments with a form to add one, and the memos with a form to add one.
 */
export const ResultDetails = ({ notification: n, subject }: ResultDetailsProps) => {
  const canWrite = useCan('notification:write');
  const idBase = `result-${n.id}`;

  return (
    <div className="grid gap-6 p-4 lg:grid-cols-3">
      <section aria-labelledby={`${idBase}-archives`} className="flex flex-col gap-2">
        <h3 id={`${idBase}-archives`} className="text-std-17B-170">
          保管文書
        </h3>
        {n.archivedDocuments.length > 0 ? (
          <ul className="flex flex-col gap-1 text-std-16N-170">
            {n.archivedDocuments.map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noopener" className={linkStyle}>
                  {a.profileName}
                </a>{' '}
                <span className="text-solid-gray-700">
                  （第{a.version}版・PDF {formatSize(a.size)}）
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-std-16N-170 text-solid-gray-700">保管文書はありません（届出が完了すると作られます）。</p>
        )}
      </section>

      <section aria-labelledby={`${idBase}-attachments`} className="flex flex-col gap-2">
        <h3 id={`${idBase}-attachments`} className="text-std-17B-170">
          添付ファイル
        </h3>
        {(n.attachments ?? []).length > 0 ? (
          <ul className="flex flex-col gap-1 text-std-16N-170">
            {(n.attachments ?? []).map((a) => (
              <li key={a.id}>
                <a href={a.url} target="_blank" rel="noopener" className={linkStyle}>
                  {a.filename}
                </a>{' '}
                <span className="text-solid-gray-700">
                  （{attachmentKindLabel(a.kind)}・{formatSize(a.size)}）
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-std-16N-170 text-solid-gray-700">添付ファイルはありません。</p>
        )}
        {canWrite && <AttachmentForm notificationID={n.id} idBase={idBase} subject={subject} />}
      </section>

      <section aria-labelledby={`${idBase}-memos`} className="flex flex-col gap-2">
        <h3 id={`${idBase}-memos`} className="text-std-17B-170">
          メモ
        </h3>
        {(n.memos ?? []).length > 0 ? (
          <ul className="flex flex-col gap-2 text-std-16N-170">
            {(n.memos ?? []).map((m) => (
              <li key={m.id} className="rounded-8 bg-solid-gray-50 p-2">
                <p className="whitespace-pre-wrap">{m.body}</p>
                <p className="text-dns-14N-130 text-solid-gray-700">
                  {m.authorName ? `${m.authorName}・` : ''}
                  {formatDateTime(m.createdAt)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-std-16N-170 text-solid-gray-700">メモはありません。</p>
        )}
        {canWrite && <MemoForm notificationID={n.id} idBase={idBase} subject={subject} />}
      </section>
    </div>
  );
};

type FormProps = { notificationID: string; idBase: string; subject: string };

const MemoForm = ({ notificationID, idBase, subject }: FormProps) => {
  const [body, setBody] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, addMemo] = useMutation(AddMemoMutation);
  const ref = useRef<HTMLTextAreaElement>(null);
  const fieldId = `${idBase}-memo`;

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (body.trim() === '') {
      setError('メモを入力してください。');
      ref.current?.focus();
      return;
    }
    const r = await addMemo({ notificationID, body }, { additionalTypenames: ['Memo', 'Notification'] });
    if (r.data?.addMemo) {
      setBody('');
      setError(undefined);
      setDone('メモを追加しました。');
      return;
    }
    setError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : 'メモを追加できませんでした。');
    ref.current?.focus();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      className="flex flex-col gap-3"
      aria-label={`${subject}の届出にメモを追加`}
    >
      <TextareaField
        ref={ref}
        id={fieldId}
        label="メモを追加"
        rows={2}
        value={body}
        onChange={(e) => {
          setBody(e.currentTarget.value);
        }}
        error={error}
      />
      <div>
        <Button type="submit" variant="outline" size="sm" aria-disabled={fetching || undefined}>
          {fetching ? '追加しています…' : 'メモを追加'}
        </Button>
      </div>
      <StatusMessage>{done}</StatusMessage>
    </form>
  );
};

const AttachmentForm = ({ notificationID, idBase, subject }: FormProps) => {
  const [kind, setKind] = useState<AttachmentKind>('move_out_certificate');
  const [file, setFile] = useState<File | null>(null);
  const [errors, setErrors] = useState<{ kind?: string; file?: string; other?: string }>({});
  const [done, setDone] = useState('');
  const [{ fetching }, addAttachment] = useMutation(AddAttachmentMutation);
  const fileRef = useRef<HTMLInputElement>(null);
  const kindId = `${idBase}-attachment-kind`;
  const fileId = `${idBase}-attachment-file`;

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (!file) {
      setErrors({ file: 'ファイルを選んでください（JPEG・PNG・TIFF・PDF）。' });
      fileRef.current?.focus();
      return;
    }
    // urql sends a File variable as a GraphQL multipart request, with the CSRF header of the client.
    const r = await addAttachment(
      { notificationID, kind, file },
      { additionalTypenames: ['Attachment', 'Notification'] },
    );
    if (r.data?.addAttachment) {
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      setErrors({});
      setDone(`${r.data.addAttachment.filename} を添付しました。`);
      return;
    }
    const failed = r.error ? apiErrors(r.error) : [];
    const first = failed[0];
    const message = first?.message ?? 'ファイルを添付できませんでした。';
    if (first?.field === 'kind') setErrors({ kind: message });
    else if (first?.field === 'file' || !first?.field) setErrors({ file: message });
    else setErrors({ other: message });
    fileRef.current?.focus();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => void onSubmit(e)}
      className="flex flex-col gap-3"
      aria-label={`${subject}の届出にファイルを添付`}
    >
      <SelectField
        id={kindId}
        label="添付の種類"
        options={attachmentKinds.map((k) => ({ value: k.code, label: k.label }))}
        value={kind}
        onChange={(e) => {
          const v = e.currentTarget.value;
          if (isAttachmentKind(v)) setKind(v);
        }}
        error={errors.kind}
      />
      <FileField
        ref={fileRef}
        id={fileId}
        label="添付するファイル"
        support="JPEG・PNG・TIFF・PDF"
        accept=".jpg,.jpeg,.png,.tif,.tiff,.pdf,image/jpeg,image/png,image/tiff,application/pdf"
        onChange={(e) => {
          setFile(e.currentTarget.files?.[0] ?? null);
        }}
        error={errors.file}
      />
      {errors.other && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {errors.other}
        </p>
      )}
      <div>
        <Button type="submit" variant="outline" size="sm" aria-disabled={fetching || undefined}>
          {fetching ? '添付しています…' : '添付する'}
        </Button>
      </div>
      <StatusMessage>{done}</StatusMessage>
    </form>
  );
};
