import { type SubmitEvent, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
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
import { ActiveFormLayoutQuery, FormLayoutDefinitionsQuery } from './layoutDocuments';

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

/** The JSON as a city edits it: indented, one item a line (the server stores it compact). */
function readable(json: string): string {
  try {
    return `${JSON.stringify(JSON.parse(json), null, 2)}\n`;
  } catch {
    return json;
  }
}

function saveFile(filename: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}

/** A layout one can download or start from: what prints now for a kind, or one registered version. */
type Source = {
  key: string;
  /** 「住民異動届の現在の様式」, 「住民異動届の第2版「小郡市 住民異動届」」 */
  what: string;
  kind: NotificationKind;
  filename: string;
  panel: 'current' | 'list';
  load: () => Promise<{ json: string } | { error: string }>;
};

type Notice = { panel: Source['panel']; text: string; error: boolean };

/** 様式 (K-k, G1): the city's own layouts of the 異動届, validated by the server before they print. */
export const LayoutsPage = () => {
  const client = useClient();
  const [{ data, fetching, error }] = useQuery({ query: FormLayoutsQuery, context: formLayoutList });
  const layouts = data?.formLayouts ?? [];
  const [kind, setKind] = useState<NotificationKind>('move');
  const [definition, setDefinition] = useKeptDraft('layout-definition');
  const [note, setNote] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  const current = (k: NotificationKind): Source => ({
    key: `current-${k}`,
    what: `${kindLabel(k)}の現在の様式`,
    kind: k,
    filename: `form-layout-${k}-current.json`,
    panel: 'current',
    load: async () => {
      // What prints changes with every upload: never from the cache.
      const r = await client.query(ActiveFormLayoutQuery, { kind: k }, { requestPolicy: 'network-only' }).toPromise();
      if (r.data) return { json: r.data.activeFormLayout };
      return { error: (r.error && apiErrors(r.error)[0]?.message) || '様式を読み込めませんでした。' };
    },
  });
  const version = (l: (typeof layouts)[number]): Source => ({
    key: `version-${l.id}`,
    what: `${kindLabel(l.kind)}の第${l.version}版「${l.name}」`,
    kind: l.kind,
    filename: `form-layout-${l.kind}-v${l.version}.json`,
    panel: 'list',
    load: async () => {
      const r = await client.query(FormLayoutDefinitionsQuery, {}, { requestPolicy: 'network-only' }).toPromise();
      const found = r.data?.formLayouts.find((x) => x.id === l.id);
      if (found) return { json: found.definition };
      return { error: (r.error && apiErrors(r.error)[0]?.message) || '様式を読み込めませんでした。' };
    },
  });

  const run = async (src: Source, then: (json: string) => void) => {
    if (busy) return;
    setBusy(src.key);
    setNotice(null);
    const r = await src.load();
    setBusy(null);
    if ('error' in r) {
      setNotice({ panel: src.panel, text: `${src.what}を読み込めませんでした：${r.error}`, error: true });
      return;
    }
    then(readable(r.json));
  };
  const download = (src: Source) =>
    void run(src, (json) => {
      saveFile(src.filename, json);
      setNotice({ panel: src.panel, text: `${src.what}を ${src.filename} として保存しました。`, error: false });
    });
  const startFrom = (src: Source) =>
    void run(src, (json) => {
      setKind(src.kind);
      setDefinition(json);
      setNote(`${src.what}を下の「様式定義（JSON）」欄に写しました。名前（name）と直したい箇所を変えて登録してください。`);
      requestAnimationFrame(() => document.getElementById('layout-definition')?.focus());
    });

  const actions = (src: Source, subject: string) => {
    const downloadLabel = src.panel === 'current' ? '現在の様式をダウンロード' : 'ダウンロード';
    return (
      <div className="flex flex-wrap gap-2">
        <Button
          variant="outline"
          size="sm"
          aria-label={`${downloadLabel}：${subject}`}
          aria-disabled={busy !== null || undefined}
          onClick={() => {
            download(src);
          }}
        >
          {downloadLabel}
        </Button>
        <Button
          variant="text"
          size="sm"
          aria-label={`これを元に作る：${subject}`}
          aria-disabled={busy !== null || undefined}
          onClick={() => {
            startFrom(src);
          }}
        >
          これを元に作る
        </Button>
      </div>
    );
  };

  const noticeFor = (panel: Source['panel']) => (
    <>
      {notice?.panel === panel && notice.error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {notice.text}
        </p>
      )}
      <StatusMessage>{notice?.panel === panel && !notice.error ? notice.text : ''}</StatusMessage>
    </>
  );

  return (
    <AdminPage
      title="様式"
      lead="市独自の様式（JSON）を登録すると、次の印刷から使われます。今の様式をダウンロードして直し、登録してください。"
    >
      <Panel id="admin-layouts-current" title="現在印刷に使われている様式">
        <p className="text-std-16N-170">
          種類ごとに、登録した様式のうち使用中の最新の版を、なければ標準の様式を印刷に使います。
        </p>
        <ul className="flex flex-col gap-3">
          {kinds.map((k) => {
            const active = layouts
              .filter((l) => l.kind === k.value && l.active)
              .sort((a, b) => b.version - a.version)[0];
            return (
              <li
                key={k.value}
                className="flex flex-wrap items-center justify-between gap-3 border-t border-solid-gray-420 pt-3"
                data-testid="admin-layout-current"
              >
                <p className="text-std-16N-170">
                  <span className="text-std-16B-170">{k.label}</span>：
                  {active ? `第${active.version}版「${active.name}」` : data ? '標準の様式' : '…'}
                </p>
                {actions(current(k.value), k.label)}
              </li>
            );
          })}
        </ul>
        {noticeFor('current')}
      </Panel>
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
          <div className="overflow-x-auto">
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
                  <th scope="col" className="px-3 py-2">
                    定義（JSON）
                  </th>
                </tr>
              </thead>
              <tbody>
                {layouts.map((l) => (
                  <tr key={l.id} className="border-t border-solid-gray-420 align-top" data-testid="admin-layout-row">
                    <td className="px-3 py-2">{kindLabel(l.kind)}</td>
                    <td className="px-3 py-2">第{l.version}版</td>
                    <td className="px-3 py-2">{l.name}</td>
                    <td className="px-3 py-2">{l.active ? '使用中' : '—'}</td>
                    <td className="px-3 py-2">{formatDateTime(l.createdAt)}</td>
                    <td className="px-3 py-2">{actions(version(l), `${kindLabel(l.kind)} 第${l.version}版「${l.name}」`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {noticeFor('list')}
      </Panel>
      <UploadForm
        kind={kind}
        setKind={setKind}
        definition={definition}
        setDefinition={setDefinition}
        note={note}
        setNote={setNote}
      />
    </AdminPage>
  );
};

type Problem = { field: 'kind' | 'definition'; message: string; path?: string | undefined };

type UploadFormProps = {
  kind: NotificationKind;
  setKind: (k: NotificationKind) => void;
  definition: string;
  setDefinition: (v: string) => void;
  /** What was last put into the definition box (a file read, a layout copied): said politely. */
  note: string;
  setNote: (v: string) => void;
};

const UploadForm = ({ kind, setKind, definition, setDefinition, note: fileMessage, setNote: setFileMessage }: UploadFormProps) => {
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
          support="上の「現在の様式をダウンロード」で保存し、直した JSON ファイル"
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
