import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import type { NotificationKind } from '../../gql/graphql';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { formatDateTime } from '../search/labels';
import { AdminPage, Panel } from './AdminPage';
import { FormLayoutsQuery, UploadFormLayoutMutation } from './documents';
import { pathErrors } from './errors';

// An empty list holds no FormLayout for urql's document cache to watch: name the type so that adding one refetches.
const formLayoutList = { additionalTypenames: ['FormLayout'] };

const kinds: readonly { value: NotificationKind; label: string }[] = [
  { value: 'move', label: '住民異動届' },
  { value: 'ex_officio', label: '職権記載書' },
];

function isKind(v: string): v is NotificationKind {
  return kinds.some((k) => k.value === v);
}

const kindLabel = (k: NotificationKind) => kinds.find((x) => x.value === k)?.label ?? k;

/** 様式 (K-k, G1): the city's own layouts of the 異動届, validated by the server before they print. */
export const LayoutsPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: FormLayoutsQuery, context: formLayoutList });
  const layouts = data?.formLayouts ?? [];
  return (
    <AdminPage
      title="様式"
      lead="市独自の様式（JSON）を登録すると、次の印刷から使われます。登録していない種類は標準の様式で印刷します。"
    >
      <Panel id="admin-layouts-list" title="登録済みの様式">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {data && layouts.length === 0 && (
          <p className="text-std-16N-170">
            独自の様式はまだありません。住民異動届・職権記載書とも標準の様式で印刷します。
          </p>
        )}
        {layouts.length > 0 && (
          <table className="w-full border-collapse text-left text-std-16N-170">
            <thead className="bg-solid-gray-50 text-std-16B-170">
              <tr>
                <th scope="col" className="px-3 py-2">
                  種類
                </th>
                <th scope="col" className="px-3 py-2">
                  版
                </th>
                <th scope="col" className="px-3 py-2">
                  様式の名前
                </th>
                <th scope="col" className="px-3 py-2">
                  印刷に使用
                </th>
                <th scope="col" className="px-3 py-2">
                  登録日時
                </th>
              </tr>
            </thead>
            <tbody>
              {layouts.map((l) => (
                <tr key={l.id} className="border-t border-solid-gray-420" data-testid="admin-layout-row">
                  <td className="px-3 py-2">{kindLabel(l.kind)}</td>
                  <td className="px-3 py-2">第{l.version}版</td>
                  <td className="px-3 py-2">{l.name}</td>
                  <td className="px-3 py-2">{l.active ? '使用中' : '—'}</td>
                  <td className="px-3 py-2">{formatDateTime(l.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <UploadForm />
    </AdminPage>
  );
};

type Problem = { field: 'kind' | 'definition'; message: string; path?: string | undefined };

const UploadForm = () => {
  const [kind, setKind] = useState<NotificationKind>('move');
  const [definition, setDefinition] = useKeptDraft('layout-definition');
  const [fileMessage, setFileMessage] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const [{ fetching }, upload] = useMutation(UploadFormLayoutMutation);
  const definitionRef = useRef<HTMLTextAreaElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setDefinition(await file.text());
    setProblem(undefined);
    setFileMessage(`${file.name} を読み込みました。内容を確かめて「様式を登録」を押してください。`);
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (definition.trim() === '') {
      setProblem({ field: 'definition', message: '様式定義（JSON）を貼り付けるか、ファイルから読み込んでください。' });
      definitionRef.current?.focus();
      return;
    }
    const r = await upload({ kind, definition }, { additionalTypenames: ['FormLayout'] });
    if (r.data?.uploadFormLayout) {
      const l = r.data.uploadFormLayout;
      setProblem(undefined);
      setDefinition('');
      setFileMessage('');
      setDone(`${kindLabel(l.kind)}の様式「${l.name}」を第${l.version}版として登録しました。次の印刷から使われます。`);
      return;
    }
    const err = r.error ? pathErrors(r.error)[0] : undefined;
    setProblem({
      field: err?.path === 'kind' ? 'kind' : 'definition',
      message: err?.message ?? '様式を登録できませんでした。',
      path: err?.path,
    });
    if (err?.path === 'kind') document.getElementById('layout-kind')?.focus();
    else definitionRef.current?.focus();
  };

  // The server names the element of the JSON that is wrong (paper, fields[3].w): say it with the message.
  const definitionError =
    problem?.field === 'definition'
      ? problem.path && problem.path !== 'layout' && problem.path !== 'definition'
        ? `${problem.message}（該当箇所: ${problem.path}）`
        : problem.message
      : undefined;

  return (
    <Panel id="admin-layouts-upload" title="様式を登録">
      <ErrorSummary
        title="様式を登録できませんでした"
        items={
          problem
            ? [
                problem.field === 'kind'
                  ? { message: problem.message, fieldId: 'layout-kind', fieldLabel: '様式の種類' }
                  : {
                      message: definitionError ?? problem.message,
                      fieldId: 'layout-definition',
                      fieldLabel: '様式定義（JSON）',
                    },
              ]
            : []
        }
      />
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-layouts-upload"
      >
        <SelectField
          id="layout-kind"
          label="様式の種類"
          options={kinds}
          value={kind}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (isKind(v)) setKind(v);
          }}
          error={problem?.field === 'kind' ? problem.message : undefined}
          className="max-w-sm"
        />
        <FileField
          id="layout-file"
          label="ファイルから読み込む"
          support="kakanai render --print-layout juki-ido で書き出した標準の様式を元に作成した JSON ファイル"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          className="max-w-xl"
        />
        <p aria-live="polite" className="text-std-16N-170 text-solid-gray-700">
          {fileMessage}
        </p>
        <TextareaField
          ref={definitionRef}
          id="layout-definition"
          label="様式定義（JSON）"
          required
          code
          rows={10}
          spellCheck={false}
          value={definition}
          onChange={(e) => {
            setDefinition(e.currentTarget.value);
          }}
          error={definitionError}
        />
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            {fetching ? '確認しています…' : '様式を登録'}
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};
