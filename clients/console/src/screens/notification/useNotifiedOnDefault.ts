import { useEffect, useRef } from 'react';
import type { EditorNotificationFragment } from '../../gql/graphql';
import { dayInTokyo } from '../reception/labels';
import type { Draft } from './draft';
import type { Meta } from './useNotificationEditor';

type Editor = {
  getDraft: () => Draft | null;
  getMeta: () => Meta | null;
  update: (change: (d: Draft) => Draft) => void;
};

/**
 * A draft the server filled from a document read at the counter is notified today: its empty 届出日 is filled
 * with today's date once, when the editor opens it (saved as any change is). A 転出証明書 cannot give that date,
 * and staff would only type it.
 */
export function useNotifiedOnDefault(editor: Editor, server: EditorNotificationFragment, enabled: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (done.current || !enabled) return;
    const draft = editor.getDraft();
    if (!draft || !editor.getMeta()) return;
    done.current = true;
    if (draft.notifiedOn !== '' || server.itemSources.length === 0) return;
    const today = dayInTokyo(Date.now());
    editor.update((d) => (d.notifiedOn === '' ? { ...d, notifiedOn: today } : d));
  }, [editor, server, enabled]);
}
