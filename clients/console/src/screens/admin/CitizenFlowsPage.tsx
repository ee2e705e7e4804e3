import { useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/StatusMessage';
import type { NavigationFlowsQuery as NavigationFlowsResult } from '../../gql/graphql';
import {
  CitizenSettingsQuery,
  NavigationFlowsQuery,
  ResetNavigationFlowMutation,
  SaveNavigationFlowMutation,
  SaveNavigationTextsMutation,
} from '../citizen/documents';
import { ModalDialog } from '../notification/ModalDialog';
import { AdminPage, Panel } from './AdminPage';
import { type PathError, pathErrors } from './errors';
import { JsonEditor, type JsonEditorHandle, PathErrorList } from './JsonEditor';

type Flow = NavigationFlowsResult['navigationFlows'][number];

// A list that may be empty holds no NavigationFlow for urql's document cache to watch: name the type.
const flowList = { additionalTypenames: ['NavigationFlow'] };

const dateTime = new Intl.DateTimeFormat('ja-JP', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

function formatTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = new Date(iso);
  return Number.isNaN(t.getTime()) ? '' : dateTime.format(t);
}

/** The start of a new navigation: every member the format requires, with one question, one procedure. */
const newFlowTemplate = `{
  "id": "new-navi",
  "order": 100,
  "title": { "ja": "新しい手続き" },
  "summary": { "ja": "この手続きで必要なことを案内します。" },
  "household": "none",
  "addressCheck": "none",
  "questions": [
    {
      "id": "q1",
      "text": { "ja": "質問の文" },
      "choices": [
        { "id": "yes", "label": { "ja": "はい" }, "adds": { "procedures": ["p1"], "bring": ["b1"] } },
        { "id": "no", "label": { "ja": "いいえ" } }
      ]
    }
  ],
  "procedures": [{ "id": "p1", "title": { "ja": "手続きの名前" }, "counter": "shimin" }],
  "bring": [{ "id": "b1", "text": { "ja": "本人確認書類（マイナンバーカード、運転免許証など）" } }]
}
`;

type Editing = { flow: Flow | null; definition: string };

/** 手続きナビの質問 (N-a, N-k, N-m, N-p, N-aa): the navigations, the glossary and the counters, as JSON. */
export const CitizenFlowsPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: NavigationFlowsQuery, context: flowList });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const [done, setDone] = useState('');
  const [confirming, setConfirming] = useState<Flow | null>(null);
  const [resetError, setResetError] = useState('');
  const [{ fetching: resetting }, reset] = useMutation(ResetNavigationFlowMutation);

  const edit = (e: Editing) => {
    setEditing(e);
    setEditorKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById('citizen-flow-editor-heading')?.focus());
  };

  const onReset = async (f: Flow) => {
    if (resetting) return;
    const r = await reset({ id: f.id }, flowList);
    setConfirming(null);
    if (r.data?.resetNavigationFlow) {
      setResetError('');
      setDone(f.standard ? `ナビ「${f.title}」を標準に戻しました。` : `ナビ「${f.title}」を削除しました。`);
      if (editing?.flow?.id === f.id) setEditing(null);
      return;
    }
    setResetError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '戻せませんでした。');
  };

  const flows = [...(data?.navigationFlows ?? [])].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));

  return (
    <AdminPage
      title="手続きナビの質問"
      lead="ライフイベントごとのナビ（質問・必要な手続き・持ち物）と、用語集・窓口の一覧です。標準のナビをこの市に合わせて変更できます。"
    >
      <StatusMessage>{done}</StatusMessage>
      <Panel id="citizen-flows-list" title="ナビの一覧">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {resetError && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {resetError}
          </p>
        )}
        {data && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <caption className="sr-only">手続きナビの一覧。最初の画面に並ぶ順です。</caption>
              <thead className="bg-solid-gray-50 text-std-16B-170">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    タイトル
                  </th>
                  <th scope="col" className="px-3 py-2">
                    状態
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    質問数
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    階層
                  </th>
                  <th scope="col" className="px-3 py-2">
                    操作
                  </th>
                </tr>
              </thead>
              <tbody>
                {flows.map((f) => (
                  <tr key={f.id} className="border-t border-solid-gray-420 align-top" data-testid="citizen-flow-row">
                    <th scope="row" className="px-3 py-2 text-left font-normal">
                      <span className="text-std-16B-170">{f.title}</span>
                      <span className="block font-mono text-dns-14N-130 text-solid-gray-700">{f.id}</span>
                    </th>
                    <td className="px-3 py-2" data-testid="citizen-flow-state">
                      {f.standard ? (f.customized ? '標準・変更あり' : '標準') : '市独自'}
                      {f.customized && f.updatedAt && (
                        <span className="block text-dns-14N-130 text-solid-gray-700">{formatTime(f.updatedAt)} 保存</span>
                      )}
                    </td>
                    <td className="px-3 py-2 text-right">{f.questionCount}</td>
                    <td className="px-3 py-2 text-right">{f.depth}</td>
                    <td className="px-3 py-2">
                      <div className="flex flex-wrap gap-2">
                        <Button
                          variant="outline"
                          size="sm"
                          aria-label={`編集：${f.title}`}
                          onClick={() => {
                            edit({ flow: f, definition: f.definition });
                          }}
                        >
                          編集
                        </Button>
                        {f.customized && (
                          <Button
                            variant="outline"
                            size="sm"
                            aria-label={`${f.standard ? '標準に戻す' : '削除'}：${f.title}`}
                            onClick={() => {
                              setConfirming(f);
                            }}
                          >
                            {f.standard ? '標準に戻す' : '削除'}
                          </Button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div>
          <Button
            variant="outline"
            size="md"
            onClick={() => {
              edit({ flow: null, definition: newFlowTemplate });
            }}
          >
            ナビを追加
          </Button>
        </div>
      </Panel>

      {editing && (
        <FlowEditor
          key={editorKey}
          editing={editing}
          onSaved={(f) => {
            setDone(`ナビ「${f.title}」を保存しました。`);
            setEditing({ flow: f, definition: f.definition });
          }}
          onClose={() => {
            setEditing(null);
            requestAnimationFrame(() => document.getElementById('citizen-flows-list')?.focus());
          }}
        />
      )}

      <TextsPanel />

      <ModalDialog
        open={confirming !== null}
        labelledBy="citizen-flow-reset-heading"
        onClose={() => {
          setConfirming(null);
        }}
      >
        {confirming && (
          <div className="flex flex-col gap-4">
            <h2 id="citizen-flow-reset-heading" className="text-std-24B-150">
              {confirming.standard ? `ナビ「${confirming.title}」を標準に戻しますか` : `ナビ「${confirming.title}」を削除しますか`}
            </h2>
            <p className="text-std-16N-170">
              {confirming.standard
                ? 'この市で変更した質問・手続き・持ち物は消え、製品に含まれる標準のナビに戻ります。この操作は取り消せません。'
                : 'この市で追加したナビを削除します。市民の方の最初の画面からも消えます。この操作は取り消せません。'}
            </p>
            <div className="flex flex-wrap gap-4">
              <Button
                variant="solid-fill"
                size="md"
                aria-disabled={resetting || undefined}
                onClick={() => void onReset(confirming)}
              >
                {confirming.standard ? '標準に戻す' : '削除する'}
              </Button>
              <Button
                variant="outline"
                size="md"
                onClick={() => {
                  setConfirming(null);
                }}
              >
                やめる
              </Button>
            </div>
          </div>
        )}
      </ModalDialog>
    </AdminPage>
  );
};

const FlowEditor = ({
  editing,
  onSaved,
  onClose,
}: {
  editing: Editing;
  onSaved: (f: Flow) => void;
  onClose: () => void;
}) => {
  const [definition, setDefinition] = useState(editing.definition);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [where, setWhere] = useState('');
  const [{ fetching }, save] = useMutation(SaveNavigationFlowMutation);
  const editorRef = useRef<JsonEditorHandle>(null);
  const editorId = 'citizen-flow-definition';

  const onSave = async () => {
    if (fetching) return;
    setWhere('');
    const r = await save({ definition }, flowList);
    const saved = r.data?.saveNavigationFlow;
    if (saved) {
      setErrors([]);
      onSaved(saved);
      return;
    }
    setErrors(r.error ? pathErrors(r.error) : [{ code: 'internal', message: '保存できませんでした。' }]);
  };

  const reveal = (path: string) => {
    const line = editorRef.current?.reveal(path);
    setWhere(line ? `${line}行目を選択しました。` : '');
  };

  const title = editing.flow ? `ナビ「${editing.flow.title}」を編集` : 'ナビを追加';
  return (
    <section aria-labelledby="citizen-flow-editor-heading" className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
      <h3
        id="citizen-flow-editor-heading"
        tabIndex={-1}
        className="text-std-20B-150 focus:outline-none focus-visible:shadow-none"
      >
        {title}
      </h3>
      <p className="text-std-16N-170 text-solid-gray-700">
        {editing.flow?.standard
          ? '保存すると、この市のナビとして標準のナビの代わりに使います。標準のIDのまま保存してください。'
          : 'IDが新しいナビは追加、既存のIDのナビは置き換えます。IDは英数字・「_」「-」で付けます。'}
        質問は3段まで入れ子にできます。
      </p>
      <PathErrorList
        title="ナビを保存できませんでした"
        editorId={editorId}
        errors={errors}
        // "flow" means the text as a whole (it is not JSON or YAML): there is no place to select.
        pathInText={(e) => (e.path && e.path !== 'flow' ? e.path : undefined)}
        onReveal={reveal}
      />
      <JsonEditor
        ref={editorRef}
        id={editorId}
        label="ナビの定義（JSON）"
        support="JSONで書きます（YAMLでも保存できます）。エラーの一覧のリンクから、直す場所を選択できます。"
        value={definition}
        onChange={setDefinition}
        error={errors.length > 0 ? `${errors.length}件のエラーがあります。上の一覧を確かめてください。` : undefined}
      />
      <p role="status" className="text-std-16N-170">
        {where}
      </p>
      <div className="flex flex-wrap gap-4">
        <Button variant="solid-fill" size="md" aria-disabled={fetching || undefined} onClick={() => void onSave()}>
          ナビを保存
        </Button>
        <Button variant="outline" size="md" onClick={onClose}>
          編集を閉じる
        </Button>
      </div>
    </section>
  );
};

const TextsPanel = () => {
  const [{ data }] = useQuery({ query: CitizenSettingsQuery });
  const settings = data?.citizenSettings;
  return (
    <Panel id="citizen-texts" title="用語集と窓口">
      <p className="text-std-16N-170 text-solid-gray-700">
        用語集は質問の横に出る用語の説明（N-m）、窓口は結果に出る担当窓口です。ナビが使っているIDは消せません。
      </p>
      {settings && (
        <div className="flex flex-col gap-8">
          <TextEditor
            which="glossary"
            label="用語集（JSON）"
            own={settings.ownGlossary}
            initial={settings.glossaryJson}
          />
          <TextEditor which="counters" label="窓口（JSON）" own={settings.ownCounters} initial={settings.countersJson} />
        </div>
      )}
    </Panel>
  );
};

const TextEditor = ({
  which,
  label,
  own,
  initial,
}: {
  which: 'glossary' | 'counters';
  label: string;
  own: boolean;
  initial: string;
}) => {
  const ids = useId();
  const editorId = `${ids}-${which}`;
  const name = which === 'glossary' ? '用語集' : '窓口の一覧';
  const [text, setText] = useState(initial);
  const [errors, setErrors] = useState<PathError[]>([]);
  const [done, setDone] = useState('');
  const [{ fetching }, save] = useMutation(SaveNavigationTextsMutation);
  const editorRef = useRef<JsonEditorHandle>(null);

  const send = async (value: string) => {
    if (fetching) return;
    setDone('');
    const r = await save(which === 'glossary' ? { glossary: value } : { counters: value });
    const s = r.data?.saveNavigationTexts;
    if (s) {
      setErrors([]);
      setText(which === 'glossary' ? s.glossaryJson : s.countersJson);
      setDone(value === '' ? `${name}を標準に戻しました。` : `${name}を保存しました。`);
      return;
    }
    setErrors(r.error ? pathErrors(r.error) : [{ code: 'internal', message: '保存できませんでした。' }]);
  };

  // The server names glossary.3.id: the part after "glossary." is the place in this text.
  const pathInText = (e: PathError) => {
    if (!e.path?.startsWith(`${which}.`)) return undefined;
    return e.path.slice(which.length + 1);
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-std-16N-170">
        {name}：<strong>{own ? '市独自' : '標準'}</strong>
      </p>
      <PathErrorList
        title={`${name}を保存できませんでした`}
        editorId={editorId}
        errors={errors}
        pathInText={pathInText}
        onReveal={(path) => editorRef.current?.reveal(path)}
      />
      <JsonEditor
        ref={editorRef}
        id={editorId}
        label={label}
        rows={14}
        support={
          which === 'glossary'
            ? '[{ "id", "term": {"ja","en"}, "reading", "text": {"ja","en"} }] の配列です。'
            : '[{ "id", "name": {"ja","en"}, "place": {"ja","en"}, "hours": {"ja","en"}, "phone" }] の配列です。'
        }
        value={text}
        onChange={setText}
        error={errors.length > 0 ? `${errors.length}件のエラーがあります。上の一覧を確かめてください。` : undefined}
      />
      <div className="flex flex-wrap gap-4">
        <Button variant="solid-fill" size="md" aria-disabled={fetching || undefined} onClick={() => void send(text)}>
          {name}を保存
        </Button>
        {own && (
          <Button variant="outline" size="md" aria-disabled={fetching || undefined} onClick={() => void send('')}>
            {name}を標準に戻す
          </Button>
        )}
      </div>
      <StatusMessage>{done}</StatusMessage>
    </div>
  );
};
