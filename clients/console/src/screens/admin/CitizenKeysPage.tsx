import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { StatusMessage } from '../../components/StatusMessage';
import type { CitizenKeysQuery as CitizenKeysResult } from '../../gql/graphql';
import { CitizenKeysQuery, RotateCitizenKeyMutation } from '../citizen/documents';
import { ModalDialog } from '../notification/ModalDialog';
import { AdminPage, Panel } from './AdminPage';

type Key = CitizenKeysResult['citizenKeys'][number];

const keyList = { additionalTypenames: ['CitizenKey'] };

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

function keyState(k: Key, now: number): string {
  if (k.active) return '使用中';
  if (k.retiredAt) return '失効';
  if (new Date(k.expiresAt).getTime() < now) return '期限切れ';
  return '旧鍵（読み取りのみ）';
}

/** 二次元コードの鍵 (N-v): the keys residents' codes are sealed to, and their renewal. */
export const CitizenKeysPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: CitizenKeysQuery, context: keyList });
  const [{ fetching: rotating }, rotate] = useMutation(RotateCitizenKeyMutation);
  const [done, setDone] = useState('');
  const [failed, setFailed] = useState('');
  const [confirmRetire, setConfirmRetire] = useState(false);
  const [now] = useState(() => Date.now());

  const onRotate = async (retireOthers: boolean) => {
    if (rotating) return;
    setDone('');
    const r = await rotate({ retireOthers }, keyList);
    setConfirmRetire(false);
    const k = r.data?.rotateCitizenKey;
    if (k) {
      setFailed('');
      setDone(
        retireOthers
          ? `新しい鍵（${k.keyId}）を作り、古い鍵をすべて失効させました。古い鍵で作られた二次元コードは読み取れません。`
          : `新しい鍵（${k.keyId}）を作りました。これから作られる二次元コードに使います。`,
      );
      return;
    }
    setFailed(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '鍵を更新できませんでした。');
  };

  return (
    <AdminPage
      title="二次元コードの鍵"
      lead="市民の方の二次元コードは、この市の鍵で暗号化されます（AES）。窓口では使用中の鍵と、期限内の旧鍵で読み取れます。"
    >
      <StatusMessage>{done}</StatusMessage>
      {failed && (
        <p role="alert" className="rounded-12 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-red-1000">
          {failed}
        </p>
      )}
      <Panel id="citizen-keys-list" title="鍵の一覧">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {data && data.citizenKeys.length === 0 && (
          <p className="text-std-16N-170">鍵はまだありません。市民の方が最初に手続きナビを開いたときに作られます。</p>
        )}
        {data && data.citizenKeys.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <caption className="sr-only">二次元コードの鍵。新しいものが先頭です。</caption>
              <thead className="bg-solid-gray-50 text-std-16B-170">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    鍵ID
                  </th>
                  <th scope="col" className="px-3 py-2">
                    作成
                  </th>
                  <th scope="col" className="px-3 py-2">
                    有効期限
                  </th>
                  <th scope="col" className="px-3 py-2">
                    状態
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.citizenKeys.map((k) => (
                  <tr key={k.keyId} className="border-t border-solid-gray-420" data-testid="citizen-key-row">
                    <th scope="row" className="px-3 py-2 text-left font-mono font-normal">
                      {k.keyId}
                    </th>
                    <td className="px-3 py-2">{formatTime(k.createdAt)}</td>
                    <td className="px-3 py-2">{formatTime(k.expiresAt)}</td>
                    <td className={`px-3 py-2 ${k.active ? 'text-std-16B-170 text-blue-900' : ''}`}>
                      {keyState(k, now)}
                      {k.retiredAt && (
                        <span className="block text-dns-14N-130 text-solid-gray-700">{formatTime(k.retiredAt)} 失効</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      <Panel id="citizen-keys-rotate" title="鍵の更新">
        <p className="text-std-16N-170">
          「鍵を更新」は新しい鍵を作ります。すでに市民の方が作った二次元コードは、旧鍵の期限まで読み取れます。
        </p>
        <div>
          <Button variant="solid-fill" size="md" aria-disabled={rotating || undefined} onClick={() => void onRotate(false)}>
            鍵を更新
          </Button>
        </div>
        <div className="flex flex-col gap-2 rounded-8 border-2 border-error-1 p-4">
          <p className="text-std-16B-170 text-red-1000">鍵が漏れたおそれがあるときだけ使います</p>
          <p className="text-std-16N-170">
            「鍵を更新して旧鍵を失効」は、新しい鍵を作り、古い鍵をすべて使えなくします。市民の方がすでに作った二次元コードは窓口で読み取れなくなり、作り直していただく必要があります。
          </p>
          <div>
            <Button
              variant="outline"
              size="md"
              aria-disabled={rotating || undefined}
              onClick={() => {
                setConfirmRetire(true);
              }}
            >
              鍵を更新して旧鍵を失効
            </Button>
          </div>
        </div>
      </Panel>
      <ModalDialog
        open={confirmRetire}
        labelledBy="citizen-keys-retire-heading"
        onClose={() => {
          setConfirmRetire(false);
        }}
      >
        <div className="flex flex-col gap-4">
          <h2 id="citizen-keys-retire-heading" className="text-std-24B-150">
            古い鍵をすべて失効させますか
          </h2>
          <p className="text-std-16N-170">
            これまでに作られた二次元コードは、すべて窓口で読み取れなくなります。この操作は取り消せません。
          </p>
          <div className="flex flex-wrap gap-4">
            <Button variant="solid-fill" size="md" aria-disabled={rotating || undefined} onClick={() => void onRotate(true)}>
              失効させて鍵を更新
            </Button>
            <Button
              variant="outline"
              size="md"
              onClick={() => {
                setConfirmRetire(false);
              }}
            >
              やめる
            </Button>
          </div>
        </div>
      </ModalDialog>
    </AdminPage>
  );
};
