import { type CombinedError, stringifyDocument } from '@urql/core';
import { useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { CSRF_HEADER, csrfToken } from '../../api/csrf';
import { apiErrors } from '../../api/errors';
import type { EditorNotificationFragment, EditorIssueFragment, NotificationStatus } from '../../gql/graphql';
import {
  type Draft,
  type LocalCopy,
  draftFromServer,
  readLocalCopies,
  rebaseStored,
  removeLocalCopies,
  sameContent,
  toInput,
  writeLocalCopy,
} from './draft';
import { NotificationEditorQuery, SaveNotificationDraftMutation } from './documents';

/** How long the editor waits after the last keystroke before it saves. */
export const AUTOSAVE_DELAY_MS = 1500;

/** An issue anchored to a person by key, so that it follows the person when rows are reordered. */
export type KeyedIssue = EditorIssueFragment & { personKey?: string | undefined; field?: string | undefined };

export type Meta = {
  version: number;
  status: NotificationStatus;
  statusLabel: string;
  statusReason: string;
  updatedAt: string;
  completable: boolean;
  issues: KeyedIssue[];
};

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; message: string; retrying: boolean }
  | { kind: 'conflict'; message: string };

export type LoadState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string; notFound: boolean }
  | { kind: 'ready'; server: EditorNotificationFragment };

/** What the editor says about the local copy it found at load. */
export type LocalNotice =
  | { kind: 'restored'; savedAt: string }
  | { kind: 'stale'; copy: LocalCopy };

export function editableStatus(s: NotificationStatus): boolean {
  return s === 'draft' || s === 'sent_back';
}

export function keyIssues(issues: readonly EditorIssueFragment[], keys: readonly string[]): KeyedIssue[] {
  return issues.map((is) => {
    const m = /^persons\.(\d+)\.(.+)$/.exec(is.path);
    if (!m) return { ...is };
    return { ...is, personKey: keys[Number(m[1])], field: m[2] };
  });
}

/**
 * The state of the 届出 editor: the draft as typed, the server's version and findings, autosave (debounced,
 * on blur and on leaving), the local copy that survives a crash, and conflicts with another member of staff.
 */
export function useNotificationEditor(id: string) {
  const client = useClient();
  const [load, setLoad] = useState<LoadState>({ kind: 'loading' });
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [meta, setMetaState] = useState<Meta | null>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [notice, setNotice] = useState<LocalNotice | null>(null);

  const draftRef = useRef<Draft | null>(null);
  const metaRef = useRef<Meta | null>(null);
  const dirty = useRef(false);
  const conflicted = useRef(false);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const loadSeq = useRef(0);
  // Read through a function: the value changes while a save is awaited.
  const isDirty = () => dirty.current;

  const setDraft = (d: Draft | null) => {
    draftRef.current = d;
    setDraftState(d);
  };
  const setMeta = (m: Meta | null) => {
    metaRef.current = m;
    setMetaState(m);
  };

  async function saveOnce(): Promise<boolean> {
    const d = draftRef.current;
    const m = metaRef.current;
    if (!d || !m) return false;
    if (!dirty.current) return true;
    if (conflicted.current || !editableStatus(m.status)) return false;
    dirty.current = false;
    const sentKeys = d.persons.map((p) => p.key);
    const baseVersion = m.version;
    setSave({ kind: 'saving' });
    const r = await client
      .mutation(SaveNotificationDraftMutation, { id, version: baseVersion, input: toInput(d) })
      .toPromise();
    const payload = r.data?.saveNotificationDraft;
    if (!payload) {
      dirty.current = true;
      failed(r.error);
      return false;
    }
    const n = payload.notification;
    removeLocalCopies(id, baseVersion);
    const stored = new Map<string, { hasMyNumber: boolean; position: number; id: string }>();
    for (const sp of n.persons) {
      const key = sentKeys[sp.position];
      if (key) stored.set(key, { hasMyNumber: sp.hasMyNumber, position: sp.position, id: sp.id });
    }
    const cur = draftRef.current ?? d;
    const next: Draft = {
      ...cur,
      persons: cur.persons.map((p) => {
        const s = stored.get(p.key);
        return s
          ? {
              ...p,
              hasStoredMyNumber: s.hasMyNumber,
              storedPosition: s.position,
              serverId: s.id,
              myNumberReentry: p.myNumberReentry && !s.hasMyNumber,
            }
          : { ...p, hasStoredMyNumber: false, storedPosition: null, serverId: null };
      }),
    };
    setDraft(next);
    const newMeta: Meta = {
      ...(metaRef.current ?? m),
      version: n.version,
      status: n.status,
      statusLabel: n.statusLabel,
      updatedAt: n.updatedAt,
      completable: payload.completable,
      issues: keyIssues(payload.issues, sentKeys),
    };
    setMeta(newMeta);
    setNotice((x) => (x?.kind === 'restored' ? null : x));
    if (isDirty()) {
      // Typed while the save was on its way: keep that copy under the new version and save again.
      writeLocalCopy(id, n.version, next);
      setSave({ kind: 'pending' });
    } else {
      setSave({ kind: 'saved', at: new Date() });
    }
    return true;
  }

  function failed(error: CombinedError | undefined) {
    const errors = error ? apiErrors(error) : [];
    const conflict = errors.find((e) => e.code === 'conflict');
    if (conflict) {
      conflicted.current = true;
      window.clearTimeout(timer.current);
      setSave({ kind: 'conflict', message: conflict.message });
      return;
    }
    // A network failure: try again a little later; the local copy keeps the work meanwhile.
    const retrying = errors.every((e) => e.code === 'internal');
    setSave({
      kind: 'failed',
      message: errors[0]?.message ?? '保存できませんでした。入力内容はこの端末に残っています。',
      retrying,
    });
    if (retrying) {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveNow(), 10_000);
    }
  }

  /** Saves now (after any save on its way); resolves true when the server holds the current draft. */
  async function saveNow(): Promise<boolean> {
    window.clearTimeout(timer.current);
    while (inFlight.current) await inFlight.current;
    if (!isDirty()) return !conflicted.current;
    const p = saveOnce();
    inFlight.current = p;
    try {
      const ok = await p;
      if (ok && isDirty()) {
        inFlight.current = null;
        return await saveNow();
      }
      return ok;
    } finally {
      if (inFlight.current === p) inFlight.current = null;
    }
  }

  const fetchServer = () => client.query(NotificationEditorQuery, { id }, { requestPolicy: 'network-only' }).toPromise();

  function applyLoaded(r: Awaited<ReturnType<typeof fetchServer>>, opts: { discardLocal?: boolean }) {
    const node = r.data?.node;
    if (r.error || !node || node.__typename !== 'Notification') {
      const errors = r.error ? apiErrors(r.error) : [];
      const notFound = !r.error || errors.some((e) => e.code === 'not_found');
      setLoad({
        kind: 'failed',
        notFound,
        message: notFound ? '届出が見つかりません。' : (errors[0]?.message ?? '届出を読み込めませんでした。'),
      });
      return;
    }
    const serverDraft = draftFromServer(node);
    const serverKeys = serverDraft.persons.map((p) => p.key);
    let d = serverDraft;
    let nextNotice: LocalNotice | null = null;
    dirty.current = false;
    conflicted.current = false;
    if (opts.discardLocal) {
      removeLocalCopies(id, Number.MAX_SAFE_INTEGER);
    } else if (editableStatus(node.status)) {
      for (const copy of readLocalCopies(id)) {
        if (sameContent(copy.draft, serverDraft)) {
          removeLocalCopies(id, copy.version);
          continue;
        }
        if (copy.version === node.version) {
          // Edits made on top of exactly what the server holds: nobody saved since, so they are newer.
          d = copy.draft;
          dirty.current = true;
          nextNotice = { kind: 'restored', savedAt: copy.savedAt };
          break;
        }
        nextNotice = { kind: 'stale', copy };
        break;
      }
    }
    setNotice(nextNotice);
    setDraft(d);
    setMeta({
      version: node.version,
      status: node.status,
      statusLabel: node.statusLabel,
      statusReason: node.statusReason ?? '',
      updatedAt: node.updatedAt,
      completable: node.completable,
      issues: keyIssues(node.issues, serverKeys),
    });
    setSave(isDirty() ? { kind: 'pending' } : { kind: 'idle' });
    setLoad({ kind: 'ready', server: node });
    if (isDirty()) timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  }

  /** Loads the server's state again (after a conflict: discarding this screen's unsaved changes). */
  const reload = async (opts: { discardLocal?: boolean } = {}) => {
    const seq = ++loadSeq.current;
    window.clearTimeout(timer.current);
    const r = await fetchServer();
    if (seq === loadSeq.current) applyLoaded(r, opts);
  };

  /** Changes the draft: the local copy is written at once and the save follows AUTOSAVE_DELAY_MS later. */
  const update = (change: (d: Draft) => Draft) => {
    const d = draftRef.current;
    const m = metaRef.current;
    if (!d || !m || !editableStatus(m.status)) return;
    const next = change(d);
    setDraft(next);
    dirty.current = true;
    writeLocalCopy(id, m.version, next);
    if (conflicted.current) return;
    setSave({ kind: 'pending' });
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  };

  /** Takes a stale local copy over the current version, at the user's request. */
  const restoreCopy = (copy: LocalCopy) => {
    setNotice(null);
    // The copy's rows refer to an older version: never keep a 個人番号 by a position that now holds someone else.
    update((cur) => rebaseStored(copy.draft, cur));
    removeLocalCopies(id, copy.version);
  };
  const discardCopy = (copy: LocalCopy) => {
    setNotice(null);
    removeLocalCopies(id, copy.version);
  };

  /** After a workflow step: the new version and status, without touching the draft. */
  const applyPayload = (p: {
    notification: { version: number; status: NotificationStatus; statusLabel: string; statusReason?: string | null; updatedAt: string };
    issues: readonly EditorIssueFragment[];
    completable: boolean;
  }) => {
    const m = metaRef.current;
    if (!m) return;
    const keys = (draftRef.current?.persons ?? []).map((x) => x.key);
    setMeta({
      ...m,
      version: p.notification.version,
      status: p.notification.status,
      statusLabel: p.notification.statusLabel,
      statusReason: p.notification.statusReason ?? '',
      updatedAt: p.notification.updatedAt,
      completable: p.completable,
      issues: keyIssues(p.issues, keys),
    });
  };

  useEffect(() => {
    const seq = ++loadSeq.current;
    void fetchServer().then((r) => {
      if (seq === loadSeq.current) applyLoaded(r, {});
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, id]);

  useEffect(() => {
    // Leaving the page (tab closed, reload): the local copy already holds the work; also try to save it with a
    // request that outlives the page.
    const onPageHide = () => {
      const d = draftRef.current;
      const m = metaRef.current;
      if (!dirty.current || conflicted.current || !d || !m || !editableStatus(m.status)) return;
      try {
        void fetch('/graphql', {
          method: 'POST',
          keepalive: true,
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json', [CSRF_HEADER]: csrfToken() },
          body: JSON.stringify({
            query: stringifyDocument(SaveNotificationDraftMutation),
            variables: { id, version: m.version, input: toInput(d) },
          }),
        }).catch(() => undefined);
      } catch {
        // The local copy is restored at the next load.
      }
    };
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      // Leaving the screen inside the console: save what is pending.
      window.clearTimeout(timer.current);
      if (dirty.current) void saveNow();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  return {
    /** The newest meta, also inside callbacks that started before the last render. */
    getMeta: () => metaRef.current,
    getDraft: () => draftRef.current,
    load,
    draft,
    meta,
    save,
    notice,
    update,
    saveNow,
    reload,
    restoreCopy,
    discardCopy,
    applyPayload,
  };
}
