import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';
import { AdminPage, Panel } from './AdminPage';
import { AddStockPhraseMutation, DeleteStockPhraseMutation, StockPhrasesQuery } from './documents';

// An empty list holds no StockPhrase for urql's document cache to watch: name the type so that adding one refetches.
const stockPhraseList = { additionalTypenames: ['StockPhrase'] };

/** 定型文 (K-l): the phrases the counter inserts into 備考, in the order they are offered. */
export const StockPhrasesPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: StockPhrasesQuery, context: stockPhraseList });
  const phrases = data?.stockPhrases ?? [];
  const [done, setDone] = useState('');
  const nextPosition = phrases.reduce((m, p) => Math.max(m, p.position), 0) + 1;

  return (
    <AdminPage title="定型文" lead="届出の備考に入れる定型文です。窓口の画面には表示順の小さいものから並びます。">
      <StatusMessage>{done}</StatusMessage>
      <Panel id="admin-phrases-list" title={`登録済みの定型文（${phrases.length}件）`}>
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {data && phrases.length === 0 && <p className="text-std-16N-170">定型文はまだありません。</p>}
        {phrases.length > 0 && (
          <table className="w-full border-collapse text-left text-std-16N-170">
            <thead className="bg-solid-gray-50 text-std-16B-170">
              <tr>
                <th scope="col" className="w-24 px-3 py-2">
                  表示順
                </th>
                <th scope="col" className="px-3 py-2">
                  定型文
                </th>
                <th scope="col" className="w-64 px-3 py-2">
                  操作
                </th>
              </tr>
            </thead>
            <tbody>
              {phrases.map((p) => (
                <PhraseRow
                  key={p.id}
                  phrase={p}
                  onDeleted={() => {
                    setDone(`定型文「${p.text}」を削除しました。`);
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <AddPhraseForm
        nextPosition={nextPosition}
        onAdded={(text) => {
          setDone(`定型文「${text}」を追加しました。`);
        }}
      />
    </AdminPage>
  );
};

const PhraseRow = ({
  phrase,
  onDeleted,
}: {
  phrase: { id: string; text: string; position: number };
  onDeleted: () => void;
}) => {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState('');
  const [{ fetching }, remove] = useMutation(DeleteStockPhraseMutation);
  const onDelete = async () => {
    if (fetching) return;
    const r = await remove({ id: phrase.id }, { additionalTypenames: ['StockPhrase'] });
    if (r.data?.deleteStockPhrase) {
      onDeleted();
      // The list below the status message is now one shorter: start again from its heading.
      document.getElementById('admin-phrases-list')?.focus();
    } else setError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '削除できませんでした。');
  };
  return (
    <tr className="border-t border-solid-gray-420 align-top" data-testid="admin-phrase-row">
      <td className="px-3 py-2">{phrase.position}</td>
      <td className="px-3 py-2 whitespace-pre-wrap">{phrase.text}</td>
      <td className="px-3 py-2">
        {confirming ? (
          <div role="group" aria-label={`「${phrase.text}」の削除の確認`} className="flex flex-wrap items-center gap-2">
            <span className="text-std-16B-170">削除しますか？</span>
            <Button
              variant="solid-fill"
              size="sm"
              onClick={() => void onDelete()}
              aria-disabled={fetching || undefined}
            >
              削除する
            </Button>
            <Button
              variant="outline"
              size="sm"
              onClick={() => {
                setConfirming(false);
              }}
              autoFocus
            >
              やめる
            </Button>
          </div>
        ) : (
          <Button
            variant="outline"
            size="sm"
            onClick={() => {
              setConfirming(true);
            }}
            aria-label={`削除：${phrase.text}`}
          >
            削除
          </Button>
        )}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
};

const AddPhraseForm = ({ nextPosition, onAdded }: { nextPosition: number; onAdded: (text: string) => void }) => {
  const [text, setText] = useState('');
  const [position, setPosition] = useState('');
  const [errors, setErrors] = useState<{ text?: string; position?: string }>({});
  const [{ fetching }, add] = useMutation(AddStockPhraseMutation);
  const textRef = useRef<HTMLInputElement>(null);

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    const pos = position.trim() === '' ? nextPosition : Number(position.normalize('NFKC'));
    const local: { text?: string; position?: string } = {};
    if (text.trim() === '') local.text = '定型文を入力してください。';
    if (!Number.isInteger(pos) || pos < 0) local.position = '表示順は0以上の整数で入力してください。';
    if (local.text || local.position) {
      setErrors(local);
      document.getElementById(local.text ? 'new-phrase-text' : 'new-phrase-position')?.focus();
      return;
    }
    const r = await add({ text: text.trim(), position: pos }, { additionalTypenames: ['StockPhrase'] });
    if (r.data?.addStockPhrase) {
      setText('');
      setPosition('');
      setErrors({});
      onAdded(r.data.addStockPhrase.text);
      textRef.current?.focus();
      return;
    }
    const err = r.error ? apiErrors(r.error)[0] : undefined;
    const message = err?.message ?? '定型文を追加できませんでした。';
    if (err?.field === 'position') setErrors({ position: message });
    else setErrors({ text: message });
    document.getElementById(err?.field === 'position' ? 'new-phrase-position' : 'new-phrase-text')?.focus();
  };

  return (
    <Panel id="admin-phrases-add" title="定型文を追加">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-phrases-add"
      >
        <div className="grid gap-6 md:grid-cols-[minmax(0,1fr)_12rem]">
          <FormField
            ref={textRef}
            id="new-phrase-text"
            label="定型文"
            required
            support="例: 転出証明書により受付"
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
            }}
            error={errors.text}
          />
          <FormField
            id="new-phrase-position"
            label="表示順"
            inputMode="numeric"
            support={`空欄なら最後（${nextPosition}）`}
            value={position}
            onChange={(e) => {
              setPosition(e.currentTarget.value);
            }}
            error={errors.position}
          />
        </div>
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            定型文を追加
          </Button>
        </div>
      </form>
    </Panel>
  );
};
