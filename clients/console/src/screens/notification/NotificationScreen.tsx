import { type ReactNode, useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import type { CombinedError } from '@urql/core';
import { apiErrors } from '../../api/errors';
import { useMoveReasons } from '../../api/moveReasons';
import { Button } from '../../components/Button';
import { Disclosure } from '../../components/Disclosure';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { Label } from '../../components/Label';
import type {
  EditorArchiveFragment,
  EditorAttachmentFragment,
  EditorMemoFragment,
  EditorNotificationFragment,
  WorkflowPayloadFragment,
} from '../../gql/graphql';
import { useCan } from '../../shell/viewer';
import { useDocumentTitle } from '../useDocumentTitle';
import { PlacePicker, PostalLookup, useAddressSuggestion } from './AddressHelpers';
import {
  type AddressDraft,
  type Draft,
  type PersonDraft,
  draftFromServer,
  emptyPerson,
  fieldId,
  fieldOfKind,
  isPersonTextField,
  officeKeys,
  pathLabel,
} from './draft';
import {
  ApproveNotificationMutation,
  HoldNotificationMutation,
  NotificationFieldRulesQuery,
  PersonMyNumberQuery,
  ResumeNotificationMutation,
  SendBackNotificationMutation,
  StockPhrasesQuery,
  SubmitNotificationMutation,
} from './documents';
import { type FieldIssue, HelperTextField, IssueMessages, type OcrSource, SelectField, TextField } from './fields';
import { useDateReading } from './helpers';
import { HistoryTextField } from './HistoryTextField';
import { HouseholdTable, moveButtonId, personSectionId } from './HouseholdTable';
import { KanjiDialog, type KanjiTarget } from './KanjiDialog';
import { ArchivePanel, AttachmentPanel, MemoPanel, SourcesPanel } from './Panels';
import { MemoPersonEditor, type Need, personName } from './PersonEditor';
import { PrintButton } from './PrintButton';
import { editableStatus, type KeyedIssue, type SaveState, useNotificationEditor } from './useNotificationEditor';
import { useNotifiedOnDefault } from './useNotifiedOnDefault';
import { type ReasonAction, WorkflowPanel } from './WorkflowPanel';

const sectionStyle = 'flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1';

export const NotificationScreen = () => {
  const { id = '' } = useParams();
  const editor = useNotificationEditor(id);
  const { load } = editor;
  useDocumentTitle(load.kind === 'failed' ? 'エラー：住民異動届' : '住民異動届');

  if (load.kind === 'loading' || (load.kind === 'ready' && (!editor.draft || !editor.meta))) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-std-32B-150">住民異動届</h1>
        <p role="status" className="text-std-16N-170">
          読み込み中です…
        </p>
      </div>
    );
  }
  if (load.kind === 'failed') {
    return <LoadFailed message={load.message} notFound={load.notFound} onRetry={() => void editor.reload()} />;
  }
  return <Editor key={id} id={id} editor={editor} server={load.server} />;
};

const LoadFailed = ({ message, notFound, onRetry }: { message: string; notFound: boolean; onRetry: () => void }) => {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div className="flex flex-col items-start gap-4">
      <h1 ref={ref} tabIndex={-1} className="text-std-32B-150 focus:outline-none">
        住民異動届
      </h1>
      <p role="alert" className="text-std-16N-170 text-red-1000">
        {message}
      </p>
      {notFound ? (
        <Link to="/search" className="text-blue-900 underline focus-visible:bg-yellow-300">
          届出の検索へ
        </Link>
      ) : (
        <Button variant="solid-fill" size="md" onClick={onRetry}>
          再読み込み
        </Button>
      )}
    </div>
  );
};

type EditorApi = ReturnType<typeof useNotificationEditor>;

const addressBases = ['newAddress', 'oldAddress', 'destination'] as const;
type AddressBase = (typeof addressBases)[number];

function issueTargets(issues: readonly KeyedIssue[], persons: readonly PersonDraft[]): (FieldIssue & { path: string })[] {
  const index = new Map(persons.map((p, i) => [p.key, i]));
  const out: (FieldIssue & { path: string })[] = [];
  for (const is of issues) {
    if (is.personKey !== undefined) {
      const i = index.get(is.personKey);
      if (i !== undefined) out.push({ ...is, path: `persons.${i}.${is.field ?? ''}` });
      continue;
    }
    out.push({ ...is, path: (addressBases as readonly string[]).includes(is.path) ? `${is.path}.line` : is.path });
  }
  return out;
}

function formatTime(d: Date): string {
  return d.toLocaleTimeString('ja-JP', { hour: '2-digit', minute: '2-digit' });
}

function saveText(s: SaveState): string {
  switch (s.kind) {
    case 'pending':
      return '未保存の変更があります';
    case 'saving':
      return '保存しています…';
    case 'saved':
      return `保存しました ${formatTime(s.at)}`;
    default:
      return '';
  }
}

type OpError = { message: string; path?: string | undefined };

function opError(error: CombinedError | undefined, fallback: string): OpError {
  if (!error) return { message: fallback };
  const first = error.graphQLErrors[0];
  const field = first?.extensions['field'];
  const message = apiErrors(error)[0]?.message ?? fallback;
  return { message, path: typeof field === 'string' && field.includes('.') ? field : undefined };
}

const statusDone: Record<string, string> = {
  pending_review: '確認待ちにしました。',
  completed: '完了しました。届出書をPDFで保管しました。',
  sent_back: '差戻しました。',
  on_hold: '保留にしました。',
  draft: '再開しました。編集できます。',
};

const Editor = ({ id, editor, server }: { id: string; editor: EditorApi; server: EditorNotificationFragment }) => {
  const { reasons: moveReasons } = useMoveReasons();
  const reasons = useMemo(() => moveReasons.map((r) => [r.code, r.label] as const), [moveReasons]);
  const draft = editor.draft;
  const meta = editor.meta;
  const client = useClient();
  const navigate = useNavigate();
  const location = useLocation();
  const uid = useId();
  const canWrite = useCan('notification:write');
  const canApprove = useCan('notification:approve');
  const canReadMyNumber = useCan('mynumber:read');
  const h1Ref = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const [memos, setMemos] = useState<readonly EditorMemoFragment[]>(server.memos ?? []);
  const [attachments, setAttachments] = useState<readonly EditorAttachmentFragment[]>(server.attachments ?? []);
  const [archives, setArchives] = useState<readonly EditorArchiveFragment[]>(server.archivedDocuments);
  const [kanji, setKanji] = useState<KanjiTarget | null>(null);
  const [busy, setBusy] = useState(false);
  const [flowMessage, setFlowMessage] = useState('');
  const [flowError, setFlowError] = useState<OpError | null>(null);
  const [householdNote, setHouseholdNote] = useState('');
  const [removed, setRemoved] = useState<{ person: PersonDraft; index: number; version: number } | null>(null);
  const [unmasked, setUnmasked] = useState<Record<string, string | undefined>>({});
  const [shownNumbers, setShownNumbers] = useState<ReadonlySet<string>>(new Set());

  const [seenServer, setSeenServer] = useState(server);
  if (seenServer !== server) {
    // A reload brought a new server state: take its lists.
    setSeenServer(server);
    setMemos(server.memos ?? []);
    setAttachments(server.attachments ?? []);
    setArchives(server.archivedDocuments);
  }

  const [{ data: rulesData, error: rulesError }] = useQuery({
    query: NotificationFieldRulesQuery,
    variables: { reason: draft?.reason ?? '' },
    pause: !draft?.reason,
  });
  const [{ data: phrasesData }] = useQuery({ query: StockPhrasesQuery });

  const notifiedOnReading = useDateReading(draft?.notifiedOn ?? '');
  const movedOnReading = useDateReading(draft?.movedOn ?? '');
  const plannedReading = useDateReading(draft?.plannedMoveOn ?? '');

  // OCR markers follow the person they were read for and disappear once staff change the value.
  const ocrByKey = useMemo(() => {
    const keys = [...server.persons].sort((a, b) => a.position - b.position).map((p) => `s${p.id}`);
    const byValue = new Map<string, OcrSource>();
    for (const s of server.itemSources) {
      const m = /^persons\.(\d+)\.(.+)$/.exec(s.path);
      const key = m ? `${keys[Number(m[1])] ?? ''}:${m[2] ?? ''}` : s.path;
      byValue.set(key, { confidence: s.confidence, documentID: s.documentID });
    }
    return byValue;
  }, [server]);

  // The values as loaded: an OCR marker stays while the value is still the one read.
  const initialDraft = useMemo(() => draftFromServer(server), [server]);
  useNotifiedOnDefault(editor, server, canWrite);

  // Where the paper preview sent us (#field=persons.0.familyName), or the heading of the new screen.
  const hash = location.hash;
  const hashPath = /^#field=(.+)$/.exec(hash)?.[1];
  const wantedPath = hashPath ? decodeURIComponent(hashPath) : '';
  // Wait for the reason's field rules: a field they lock is not on the screen, and must not take the focus.
  const rulesReady = rulesData !== undefined || rulesError !== undefined || !draft?.reason;
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!rulesReady || focusedFor.current === hash) return;
    focusedFor.current = hash;
    const el = wantedPath ? document.getElementById(fieldId(wantedPath)) : null;
    if (!el) {
      h1Ref.current?.focus();
      return;
    }
    for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
    el.focus();
    el.scrollIntoView({ block: 'center' });
  }, [hash, rulesReady, wantedPath]);

  if (!draft || !meta) return null;

  const editable = editableStatus(meta.status) && canWrite;
  const readOnly = !editable;
  const conflict = editor.save.kind === 'conflict' ? editor.save : null;

  const needs = new Map<string, Need>();
  for (const r of rulesData?.notificationFieldRules ?? []) {
    if (r.need === 'required' || r.need === 'allowed' || r.need === 'forbidden') needs.set(r.field, r.need);
  }
  const required = (f: string) => needs.get(f) === 'required';
  const forbidden = (f: string) => needs.get(f) === 'forbidden';

  /** Whether the screen has an input for a path now (to link to it). */
  const rendered = (path: string): boolean => {
    const m = /^persons\.(\d+)\.(\w+)$/.exec(path);
    if (m) {
      const p = draft.persons[Number(m[1])];
      const f = m[2] ?? '';
      if (!p) return false;
      if (f === 'isHeadOfHousehold' || f === 'myNumber') return true;
      return isPersonTextField(f) && fieldOfKind(p, f);
    }
    if (path.startsWith('office.')) return officeKeys.some(([k]) => `office.${k}` === path);
    const base = path.replace(/\.(line|katagaki)$/, '');
    if ((addressBases as readonly string[]).includes(base)) {
      const a = draft[base as AddressBase];
      return !forbidden(base) || a.line !== '' || a.katagaki !== '';
    }
    switch (path) {
      case 'reason':
      case 'persons':
      case 'powerOfAttorney':
      case 'remarks':
      case 'receiptNumber':
        return true;
      case 'notifiedOn':
      case 'movedOn':
      case 'plannedMoveOn':
      case 'newHeadName':
      case 'oldHeadName':
      case 'notifier':
      case 'notifierName':
      case 'sourceLgCode':
        return !forbidden(path) || draft[path] !== '';
    }
    return false;
  };
  const focusNote = !wantedPath || rendered(wantedPath)
    ? ''
    : /^persons\.(\d+)\./.test(wantedPath)
      ? `${Number(/^persons\.(\d+)\./.exec(wantedPath)?.[1] ?? 0) + 1}人目はまだ入力されていません。「異動者を追加」で追加してください。`
      : `「${pathLabel(wantedPath)}」は、この画面では入力しない項目です（今の異動事由では記載しないか、画面にない項目です）。`;

  const targets = issueTargets(meta.issues, draft.persons);
  const byPath = new Map<string, FieldIssue[]>();
  for (const t of targets) byPath.set(t.path, [...(byPath.get(t.path) ?? []), t]);
  const issuesAt = (path: string) => byPath.get(path) ?? [];
  const errors = targets.filter((t) => t.severity === 'error');
  const warnings = targets.filter((t) => t.severity !== 'error');
  const errorCount = (key: string) => {
    const i = draft.persons.findIndex((p) => p.key === key);
    return errors.filter((e) => e.path.startsWith(`persons.${i}.`)).length;
  };

  const personOcr = (p: PersonDraft, path: string) => {
    const field = path.split('.').pop() ?? '';
    const src = ocrByKey.get(`${p.key}:${field}`);
    if (!src) return undefined;
    const start = initialDraft.persons.find((x) => x.key === p.key);
    const cur: unknown = p[field as keyof PersonDraft];
    const was: unknown = start?.[field as keyof PersonDraft];
    return cur === was ? src : undefined;
  };
  const headerOcr = (path: string, value: string, was: string) => (value === was ? ocrByKey.get(path) : undefined);

  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => {
    editor.update((d) => ({ ...d, [k]: v }));
  };
  const setPerson = (key: string, patch: Partial<PersonDraft>) => {
    editor.update((d) => ({ ...d, persons: d.persons.map((p) => (p.key === key ? { ...p, ...patch } : p)) }));
  };

  // A stored 個人番号 follows its person to any row (previousPositions): moving and removing need no confirmation.
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const p = draft.persons[i];
    const q = draft.persons[j];
    if (!p || !q) return;
    const persons = [...draft.persons];
    persons[i] = q;
    persons[j] = p;
    editor.update((d) => ({ ...d, persons }));
    setHouseholdNote(`${personName(p, i)}を${j + 1}人目にしました。`);
    window.setTimeout(() => document.getElementById(moveButtonId(p.key, by))?.focus(), 0);
  };
  const remove = (i: number) => {
    const p = draft.persons[i];
    if (!p) return;
    editor.update((d) => ({ ...d, persons: d.persons.filter((x) => x.key !== p.key) }));
    setRemoved({ person: p, index: i, version: editor.getMeta()?.version ?? meta.version });
    setHouseholdNote(`${personName(p, i)}を削除しました。`);
    window.setTimeout(() => document.getElementById(`${uid}-undo`)?.focus(), 0);
  };
  const undoRemove = () => {
    if (!removed) return;
    const { index } = removed;
    // Saved without the person meanwhile: the server no longer holds their 個人番号.
    const person =
      (editor.getMeta()?.version ?? meta.version) === removed.version
        ? removed.person
        : {
            ...removed.person,
            hasStoredMyNumber: false,
            storedPosition: null,
            serverId: null,
            myNumberReentry: removed.person.hasStoredMyNumber || removed.person.myNumberReentry,
          };
    editor.update((d) => {
      const persons = [...d.persons];
      persons.splice(Math.min(index, persons.length), 0, person);
      return { ...d, persons };
    });
    setRemoved(null);
    setHouseholdNote(`${personName(person, index)}を元に戻しました。`);
  };
  const add = () => {
    const p = emptyPerson();
    editor.update((d) => ({ ...d, persons: [...d.persons, p] }));
    setHouseholdNote(`${draft.persons.length + 1}人目を追加しました。`);
    window.setTimeout(() => document.getElementById(fieldId(`persons.${draft.persons.length}.familyName`))?.focus(), 0);
  };

  // Functional updates only: a memoised person editor may call this from an earlier render.
  const toggleMyNumber = async (p: PersonDraft, shown: boolean) => {
    if (shown) {
      setShownNumbers((prev) => new Set([...prev].filter((k) => k !== p.key)));
      setUnmasked((u) => ({ ...u, [p.key]: undefined }));
      return;
    }
    setShownNumbers((prev) => new Set([...prev, p.key]));
    if (!p.serverId) return;
    const r = await client.query(PersonMyNumberQuery, { id: p.serverId }, { requestPolicy: 'network-only' }).toPromise();
    const node = r.data?.node;
    const value =
      node?.__typename === 'Person'
        ? (node.myNumber ?? '')
        : r.error
          ? (apiErrors(r.error)[0]?.message ?? '表示できませんでした。')
          : '表示できませんでした。';
    setUnmasked((u) => ({ ...u, [p.key]: value }));
  };

  const focusSummary = () => {
    summaryRef.current?.focus();
  };

  type FlowResult = { error?: CombinedError | undefined; payload: WorkflowPayloadFragment | null | undefined } | { refused: string };

  const runFlow = async (run: () => Promise<FlowResult>): Promise<string | null> => {
    if (busy) return null;
    setBusy(true);
    setFlowError(null);
    setFlowMessage('');
    const m = editor.getMeta();
    if (m && editableStatus(m.status)) {
      const saved = await editor.saveNow();
      if (!saved) {
        setBusy(false);
        const message = '入力内容を保存できないため、手続きを進められません。';
        setFlowError({ message });
        return message;
      }
    }
    const r = await run();
    setBusy(false);
    if ('refused' in r) {
      setFlowError({ message: r.refused });
      return r.refused;
    }
    if (!r.payload) {
      const err = opError(r.error, '手続きを進められませんでした。');
      setFlowError(err);
      return err.message;
    }
    editor.applyPayload(r.payload);
    setArchives(r.payload.notification.archivedDocuments);
    setFlowMessage(statusDone[r.payload.notification.status] ?? '');
    return null;
  };

  const version = () => editor.getMeta()?.version ?? meta.version;
  const submit = () => {
    void runFlow(async () => {
      if (editor.getMeta()?.completable === false) {
        focusSummary();
        return { refused: '入力に誤りがあるため、確認へ進めません。誤りの一覧から各項目を直してください。' };
      }
      const r = await client.mutation(SubmitNotificationMutation, { id, version: version() }).toPromise();
      return { error: r.error, payload: r.data?.submitNotification };
    });
  };
  const approve = () => {
    void runFlow(async () => {
      const r = await client.mutation(ApproveNotificationMutation, { id, version: version() }).toPromise();
      return { error: r.error, payload: r.data?.approveNotification };
    });
  };
  const resume = () => {
    void runFlow(async () => {
      const r = await client.mutation(ResumeNotificationMutation, { id, version: version() }).toPromise();
      return { error: r.error, payload: r.data?.resumeNotification };
    });
  };
  const withReason = (action: ReasonAction, reason: string): Promise<string | null> =>
    runFlow(async () => {
      if (action === 'sendBack') {
        const r = await client.mutation(SendBackNotificationMutation, { id, version: version(), reason }).toPromise();
        return { error: r.error, payload: r.data?.sendBackNotification };
      }
      const r = await client.mutation(HoldNotificationMutation, { id, version: version(), reason }).toPromise();
      return { error: r.error, payload: r.data?.holdNotification };
    });

  const toPaper = async () => {
    if (editable) await editor.saveNow();
    void navigate(`/notifications/${id}/paper`);
  };

  const summaryItems: ErrorSummaryItem[] = errors.map((e) => ({
    message: e.message,
    fieldId: rendered(e.path) ? fieldId(e.path) : undefined,
    fieldLabel: pathLabel(e.path),
  }));
  // Every error names its field, also when the field is not on the screen.
  for (const item of summaryItems) if (!item.fieldId) item.message = `${item.fieldLabel ?? ''}：${item.message}`;

  const reasonLabel = reasons.find(([code]) => code === draft.reason)?.[1] ?? server.reasonLabel;
  const saveStatus = saveText(editor.save);

  const address = (base: AddressBase, label: string) => {
    const value = draft[base];
    if (forbidden(base) && value.line === '' && value.katagaki === '') return null;
    return (
      <AddressFields
        key={base}
        base={base}
        label={label}
        value={value}
        required={required(base)}
        readOnly={readOnly}
        issuesAt={issuesAt}
        ocrAt={(path, v) => headerOcr(path, v, path.endsWith('katagaki') ? initialDraft[base].katagaki : initialDraft[base].line)}
        onChange={(v) => {
          set(base, v);
        }}
      />
    );
  };

  const headerText = (
    f: 'newHeadName' | 'oldHeadName' | 'notifierName' | 'sourceLgCode',
    label: string,
    extra: { support?: ReactNode; inputMode?: 'numeric' } = {},
  ) => {
    if (forbidden(f) && draft[f] === '') return null;
    return (
      <TextField
        path={f}
        label={label}
        required={required(f)}
        issues={issuesAt(f)}
        ocr={headerOcr(f, draft[f], initialDraft[f])}
        value={draft[f]}
        readOnly={readOnly}
        autoComplete="off"
        onChange={(e) => {
          set(f, e.currentTarget.value);
        }}
        {...extra}
      />
    );
  };

  const dateField = (f: 'notifiedOn' | 'movedOn' | 'plannedMoveOn', label: string, reading: { text?: string | undefined; error?: string | undefined }) => {
    if (forbidden(f) && draft[f] === '') return null;
    return (
      <HelperTextField
        path={f}
        label={label}
        required={required(f)}
        issues={issuesAt(f)}
        ocr={headerOcr(f, draft[f], initialDraft[f])}
        reading={reading}
        value={draft[f]}
        readOnly={readOnly}
        autoComplete="off"
        onChange={(e) => {
          set(f, e.currentTarget.value);
        }}
      />
    );
  };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 ref={h1Ref} tabIndex={-1} className="flex flex-wrap items-baseline gap-x-4 text-std-32B-150 focus:outline-none">
            <span>住民異動届</span>
            <span className="text-std-24B-150">{reasonLabel}</span>
            <span className="rounded-6 border-2 border-blue-900 px-2 text-std-20B-150 text-blue-900">{meta.statusLabel}</span>
          </h1>
          <dl className="flex flex-wrap gap-x-6 gap-y-1 text-std-16N-170">
            <div className="flex gap-2">
              <dt className="text-std-16B-170">確認番号</dt>
              <dd id={fieldId('receiptNumber')} tabIndex={-1} className="font-mono text-std-17B-170" data-testid="confirmation-number">
                {server.reception?.confirmationNumber ?? '—'}
              </dd>
            </div>
            {server.reception && (
              <div className="flex gap-2">
                <dt className="text-std-16B-170">受付日</dt>
                <dd>{server.reception.receptionDate}</dd>
              </div>
            )}
            <div className="flex gap-2">
              <dt className="text-std-16B-170">版</dt>
              <dd data-testid="notification-version">{meta.version}</dd>
            </div>
          </dl>
        </div>
        <div className="flex flex-col items-end gap-2">
          <PrintButton id={id} beforePrint={() => (editable ? editor.saveNow() : Promise.resolve())} />
          <Link
            to={`/notifications/${id}/paper`}
            onClick={(e) => {
              e.preventDefault();
              void toPaper();
            }}
            className="text-std-16B-170 text-blue-900 underline focus-visible:bg-yellow-300"
          >
            印刷プレビューを開く
          </Link>
          <p role="status" aria-live="polite" className="min-h-7 text-std-16N-170 text-solid-gray-800" data-testid="save-status">
            {saveStatus}
          </p>
        </div>
      </div>

      {focusNote && (
        <p role="status" className="rounded-8 border-2 border-blue-900 bg-blue-50 p-3 text-std-16N-170">
          {focusNote}
        </p>
      )}

      {conflict && (
        <div role="alert" className="flex flex-col items-start gap-3 rounded-12 border-2 border-error-1 bg-white p-4">
          <p className="text-std-17B-170 text-red-1000">この届出は他の職員が先に更新しました。</p>
          <p className="text-std-16N-170">
            {conflict.message}
            この画面の未保存の変更は保存していません（上書きはしません）。最新の内容を読み込むと、この画面の未保存の変更は破棄されます。
          </p>
          <Button variant="solid-fill" size="md" onClick={() => void editor.reload({ discardLocal: true })}>
            最新の内容を読み込む
          </Button>
        </div>
      )}
      {editor.save.kind === 'failed' && (
        <p role="alert" className="rounded-8 border-2 border-error-1 bg-white p-3 text-std-16N-170 text-red-1000">
          保存できませんでした：{editor.save.message}
          （入力内容はこの端末に残っています。{editor.save.retrying ? '少し待って自動で再試行します。' : '内容を直すと保存します。'}）
        </p>
      )}
      {editor.notice?.kind === 'restored' && (
        <div role="status" className="rounded-12 border-2 border-blue-900 bg-blue-50 p-4 text-std-16N-170">
          <p className="text-std-16B-170">保存されていなかった入力を復元しました。</p>
          <p>
            前回この端末で入力した内容（{editor.notice.savedAt ? new Date(editor.notice.savedAt).toLocaleString('ja-JP') : ''}）の方がサーバーの内容より新しいため、画面に戻しました。個人番号はこの端末に残さないため、未保存だった場合はもう一度入力してください。
          </p>
        </div>
      )}
      {editor.notice?.kind === 'stale' && (
        <StaleCopyNotice
          version={editor.notice.copy.version}
          onRestore={() => {
            if (editor.notice?.kind === 'stale') editor.restoreCopy(editor.notice.copy);
          }}
          onDiscard={() => {
            if (editor.notice?.kind === 'stale') editor.discardCopy(editor.notice.copy);
          }}
        />
      )}
      {!editableStatus(meta.status) && (
        <p className="rounded-8 bg-solid-gray-50 p-3 text-std-16N-170">
          {meta.statusLabel}の届出は編集できません。{meta.status === 'on_hold' ? '編集するには「再開」してください。' : ''}
        </p>
      )}

      <ErrorSummary
        ref={summaryRef}
        tabIndex={-1}
        title={`入力に誤りがあります（${errors.length}件）。直すまで確認へ進めません。`}
        items={summaryItems}
      />
      {warnings.length > 0 && (
        <section aria-labelledby={`${uid}-warn`} className="rounded-12 border-2 border-yellow-700 bg-white p-4">
          <h2 id={`${uid}-warn`} className="text-std-17B-170 text-yellow-1200">
            確認事項（{warnings.length}件）
          </h2>
          <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
            {warnings.map((w) => (
              <li key={`${w.path}:${w.message}`} className="text-std-16N-170">
                {pathLabel(w.path)}：{w.message}
              </li>
            ))}
          </ul>
        </section>
      )}

      <WorkflowPanel
        status={meta.status}
        statusLabel={meta.statusLabel}
        statusReason={meta.statusReason}
        completable={meta.completable}
        errorCount={errors.length}
        canWrite={canWrite}
        canApprove={canApprove}
        busy={busy}
        blocked={conflict !== null}
        onSubmit={submit}
        onSubmitRefused={focusSummary}
        onApprove={approve}
        onReason={withReason}
        onResume={resume}
      />
      <div aria-live="polite" role="status" className="text-std-16B-170 text-green-900">
        {flowMessage}
      </div>
      {flowError && (
        <p role="alert" className="rounded-8 border-2 border-error-1 bg-white p-3 text-std-16N-170 text-red-1000">
          {flowError.message}
          {flowError.path && rendered(flowError.path) && (
            <>
              {' '}
              <a
                href={`#${fieldId(flowError.path)}`}
                className="text-blue-900 underline"
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(fieldId(flowError.path ?? ''))?.focus();
                }}
              >
                {pathLabel(flowError.path)}へ移動
              </a>
            </>
          )}
        </p>
      )}
      <ArchivePanel archives={archives} />

      <form
        noValidate
        aria-label="住民異動届の内容"
        className="flex flex-col gap-6"
        onSubmit={(e) => {
          e.preventDefault();
        }}
        onBlur={() => {
          // Leaving a field saves at once (autosave on blur).
          if (editor.save.kind === 'pending') void editor.saveNow();
        }}
      >
        <section aria-labelledby={`${uid}-basic`} className={sectionStyle}>
          <h2 id={`${uid}-basic`} className="text-std-24B-150">
            届出の内容
          </h2>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
            <SelectField
              path="reason"
              label="異動事由"
              emptyLabel={null}
              required
              issues={issuesAt('reason')}
              options={reasons}
              value={draft.reason}
              readOnly={readOnly}
              onChange={(e) => {
                set('reason', e.currentTarget.value);
              }}
            />
            {dateField('notifiedOn', '届出日', notifiedOnReading)}
            {dateField('movedOn', '異動日', movedOnReading)}
            {dateField('plannedMoveOn', '転出予定日', plannedReading)}
          </div>
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
            {(!forbidden('notifier') || draft.notifier !== '') && (
              <SelectField
                path="notifier"
                label="届出人"
                required={required('notifier')}
                issues={issuesAt('notifier')}
                ocr={headerOcr('notifier', draft.notifier, initialDraft.notifier)}
                options={[
                  ['本人', '本人'],
                  ['世帯主', '世帯主'],
                  ['代理人', '代理人'],
                ]}
                value={draft.notifier}
                readOnly={readOnly}
                onChange={(e) => {
                  set('notifier', e.currentTarget.value);
                }}
              />
            )}
            {headerText('notifierName', '届出人の氏名')}
            <div className="flex items-end pb-3">
              <label className="flex items-center gap-2 text-std-16B-170">
                <input
                  id={fieldId('powerOfAttorney')}
                  type="checkbox"
                  className="size-5"
                  checked={draft.powerOfAttorney}
                  aria-disabled={readOnly || undefined}
                  onChange={(e) => {
                    if (!readOnly) set('powerOfAttorney', e.currentTarget.checked);
                  }}
                />
                委任状あり（代理人の届出）
              </label>
            </div>
            {headerText('sourceLgCode', '転出元の団体コード', { inputMode: 'numeric', support: '6桁（例: 402036）' })}
          </div>
        </section>

        <section aria-labelledby={`${uid}-addr`} className={sectionStyle}>
          <h2 id={`${uid}-addr`} className="text-std-24B-150">
            住所と世帯主
          </h2>
          {address('newAddress', '新住所')}
          {address('oldAddress', '旧住所')}
          {address('destination', '転出先')}
          <div className="grid gap-4 md:grid-cols-2">
            {headerText('newHeadName', '新世帯主の氏名', { support: '異動者の中に世帯主がいない場合（既存の世帯に入る）' })}
            {headerText('oldHeadName', '旧世帯主の氏名')}
          </div>
        </section>

        <section aria-labelledby={`${uid}-persons`} className={sectionStyle}>
          <h2 id={`${uid}-persons`} className="text-std-24B-150">
            異動者（{draft.persons.length}人）
          </h2>
          <IssueMessages id={`${fieldId('persons')}-issues`} issues={issuesAt('persons')} />
          <HouseholdTable
            persons={draft.persons}
            readOnly={readOnly}
            errorCount={errorCount}
            onMove={move}
            onRemove={remove}
            onAdd={add}
          />
          <div className="flex flex-wrap items-center gap-3">
            <p role="status" className="text-std-16N-170">
              {householdNote}
            </p>
            {removed && editable && (
              <Button id={`${uid}-undo`} variant="outline" size="sm" onClick={undoRemove}>
                削除を元に戻す
              </Button>
            )}
          </div>
          {draft.persons.map((p, i) => (
            <section
              key={p.key}
              id={personSectionId(p.key)}
              aria-labelledby={`${personSectionId(p.key)}-heading`}
              className="flex flex-col gap-4 border-t-2 border-solid-gray-300 pt-4"
            >
              <h3 id={`${personSectionId(p.key)}-heading`} tabIndex={-1} className="text-std-20B-150 focus:outline-none">
                {i + 1}人目：{personName(p, i)}
              </h3>
              <MemoPersonEditor
                person={p}
                index={i}
                reason={draft.reason}
                readOnly={readOnly}
                issuesAt={issuesAt}
                ocrAt={(path) => personOcr(p, path)}
                onChange={(patch) => {
                  setPerson(p.key, patch);
                }}
                openKanji={setKanji}
                canReadMyNumber={canReadMyNumber}
                unmaskedMyNumber={unmasked[p.key]}
                myNumberShown={shownNumbers.has(p.key)}
                onToggleMyNumber={(shown) => void toggleMyNumber(p, shown)}
                issueKey={JSON.stringify(targets.filter((t) => t.path.startsWith(`persons.${i}.`)))}
              />
            </section>
          ))}
        </section>

        <section aria-labelledby={`${uid}-remarks`} className={sectionStyle}>
          <h2 id={`${uid}-remarks`} className="text-std-24B-150">
            備考
          </h2>
          <div className="flex flex-col gap-2">
            <Label htmlFor={fieldId('remarks')} size="sm">
              備考
            </Label>
            <textarea
              id={fieldId('remarks')}
              data-path="remarks"
              rows={3}
              value={draft.remarks}
              readOnly={readOnly}
              aria-describedby={issuesAt('remarks').length > 0 ? `${fieldId('remarks')}-issues` : undefined}
              onChange={(e) => {
                set('remarks', e.currentTarget.value);
              }}
              className="w-full rounded-8 border border-solid-gray-600 bg-white px-4 py-3 text-std-16N-170 read-only:border-dashed"
            />
            <IssueMessages id={`${fieldId('remarks')}-issues`} issues={issuesAt('remarks')} />
          </div>
          {(phrasesData?.stockPhrases ?? []).length > 0 && (
            <div className="flex flex-col gap-2">
              <p id={`${uid}-phrases`} className="text-std-16B-170">
                定型文（押すと備考の末尾に追加）
              </p>
              <ul aria-labelledby={`${uid}-phrases`} className="flex flex-wrap gap-2">
                {(phrasesData?.stockPhrases ?? []).map((s) => (
                  <li key={s.id}>
                    <Button
                      variant="outline"
                      size="sm"
                      aria-label={`備考に「${s.text}」を追加`}
                      aria-disabled={readOnly || undefined}
                      onClick={() => {
                        const cur = draft.remarks.trimEnd();
                        set('remarks', cur === '' ? s.text : `${cur}\n${s.text}`);
                      }}
                    >
                      ＋ {s.text}
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Disclosure summary="事務処理欄（関連する手続き）">
            <div className="grid gap-4 md:grid-cols-3 xl:grid-cols-5">
              {officeKeys.map(([key, label]) => (
                <TextField
                  key={key}
                  path={`office.${key}`}
                  label={label}
                  value={draft.office[key] ?? ''}
                  readOnly={readOnly}
                  autoComplete="off"
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    editor.update((d) => ({ ...d, office: { ...d.office, [key]: v } }));
                  }}
                />
              ))}
            </div>
          </Disclosure>
        </section>
      </form>

      <div className="grid gap-6 lg:grid-cols-2">
        <MemoPanel
          notificationId={id}
          memos={memos}
          onAdded={(m) => {
            setMemos((ms) => [...ms, m]);
          }}
        />
        <AttachmentPanel
          notificationId={id}
          attachments={attachments}
          onAdded={(a) => {
            setAttachments((as) => [...as, a]);
          }}
        />
        <SourcesPanel documents={server.sourceDocuments} />
      </div>

      <KanjiDialog
        target={kanji}
        onClose={() => {
          setKanji(null);
        }}
      />
    </div>
  );
};

const StaleCopyNotice = ({ version, onRestore, onDiscard }: { version: number; onRestore: () => void; onDiscard: () => void }) => (
  <div role="status" className="flex flex-col items-start gap-3 rounded-12 border-2 border-yellow-700 bg-white p-4 text-std-16N-170">
    <p className="text-std-16B-170">この端末に、保存されていない以前の入力（第{version}版への変更）が残っています。</p>
    <p>その後に届出が更新されています。復元すると、今の内容をその入力で置き換えて保存します。</p>
    <div className="flex flex-wrap gap-3">
      <Button variant="outline" size="sm" onClick={onRestore}>
        以前の入力を復元する
      </Button>
      <Button variant="text" size="sm" onClick={onDiscard}>
        破棄する
      </Button>
    </div>
  </div>
);

type AddressFieldsProps = {
  base: AddressBase;
  label: string;
  value: AddressDraft;
  required: boolean;
  readOnly: boolean;
  issuesAt: (path: string) => FieldIssue[];
  ocrAt: (path: string, value: string) => OcrSource | undefined;
  onChange: (v: AddressDraft) => void;
};

/** 住所 + 方書 with the history (K-h), 郵便番号, lists and kana initials (K-i, K-j), and the normalised form. */
const AddressFields = ({ base, label, value, required, readOnly, issuesAt, ocrAt, onChange }: AddressFieldsProps) => {
  const { suggestion, check, clear } = useAddressSuggestion();
  const linePath = `${base}.line`;
  const lineId = fieldId(linePath);
  const fill = (address: string) => {
    onChange({ ...value, line: address });
    clear();
    window.setTimeout(() => {
      const el = document.getElementById(lineId);
      if (el instanceof HTMLInputElement) {
        el.focus();
        el.setSelectionRange(el.value.length, el.value.length);
      }
    }, 0);
  };
  const suggestionId = `${lineId}-suggestion`;
  const showSuggestion = suggestion !== null && suggestion.from === value.line.trim() && !readOnly;
  return (
    <fieldset className="flex flex-col gap-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 text-std-17B-170">{label}</legend>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <HistoryTextField
          kind="address"
          prefix={value.line}
          onPick={(v) => {
            onChange({ ...value, line: v });
          }}
          path={linePath}
          label={`${label}（番地まで）`}
          required={required}
          issues={issuesAt(linePath)}
          ocr={ocrAt(linePath, value.line)}
          value={value.line}
          readOnly={readOnly}
          helperId={showSuggestion ? suggestionId : undefined}
          onChange={(e) => {
            onChange({ ...value, line: e.currentTarget.value });
          }}
          onBlur={(e) => {
            if (!readOnly) void check(e.currentTarget.value);
          }}
          helper={
            showSuggestion ? (
              <div id={suggestionId} className="flex flex-wrap items-center gap-2 text-std-16N-170">
                {suggestion.text !== suggestion.from && (
                  <>
                    <span>
                      表記の候補：<span className="text-std-16B-170">{suggestion.text}</span>
                    </span>
                    <Button
                      variant="text"
                      size="sm"
                      onClick={() => {
                        fill(suggestion.text);
                      }}
                    >
                      候補の表記にする
                    </Button>
                  </>
                )}
                {suggestion.warnings.map((w) => (
                  <span key={w} className="text-yellow-1200">
                    ！{w}
                  </span>
                ))}
              </div>
            ) : null
          }
        />
        <TextField
          path={`${base}.katagaki`}
          label={`${label}の方書`}
          support="建物名・部屋番号、「○○方」"
          issues={issuesAt(`${base}.katagaki`)}
          ocr={ocrAt(`${base}.katagaki`, value.katagaki)}
          value={value.katagaki}
          readOnly={readOnly}
          autoComplete="off"
          onChange={(e) => {
            onChange({ ...value, katagaki: e.currentTarget.value });
          }}
        />
      </div>
      {!readOnly && (
        <div className="flex flex-col gap-3">
          <PostalLookup label={label} onPick={fill} />
          <PlacePicker label={label} onPick={fill} />
        </div>
      )}
    </fieldset>
  );
};
