import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { AdminPage, Panel } from './AdminPage';
import { AddressMasterQuery, ImportAddressMasterMutation } from './documents';
import { pathErrors } from './errors';

const sourceLabels: Record<string, string> = {
  csv: '市が取り込んだCSV',
  default: '郵便番号データから作成（未取り込み）',
};

/** Excel writes CSV in Shift_JIS; anything that is not valid UTF-8 is read as that. */
export async function readCsvFile(file: File): Promise<string> {
  const buf = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return new TextDecoder('shift_jis').decode(buf);
  }
}

/** csv.3.丁目 → line 3, column 丁目; csv.1 → line 1. */
export function csvPosition(path: string | undefined): { line?: number; column?: string } {
  const m = /^csv\.(\d+)(?:\.(.+))?$/.exec(path ?? '');
  if (!m) return {};
  const line = Number(m[1]);
  return m[2] ? { line, column: m[2] } : { line };
}

function lineRange(text: string, line: number): [number, number] | null {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return null;
    start = nl + 1;
  }
  const end = text.indexOf('\n', start);
  return [start, end < 0 ? text.length : end];
}

/** 住所マスタ: the city's 町字 with 丁目 and 番地 ranges, which the 管内 check (N-y) reads. */
export const AddressMasterPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: AddressMasterQuery });
  const m = data?.addressMaster;

  const download = () => {
    if (!m) return;
    const url = URL.createObjectURL(new Blob([m.csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `address-master-${m.lgCode}.csv`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 0);
  };

  return (
    <AdminPage
      title="住所マスタ"
      lead="管内の町字・かな・丁目・番地の一覧です。書き出したCSVをExcelで直して取り込むと、住所の管内判定に使われます。"
    >
      <Panel id="admin-address-current" title="現在の住所マスタ">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {m && (
          <>
            <dl
              className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-std-16N-170"
              data-testid="address-master-info"
            >
              <dt className="font-bold">自治体</dt>
              <dd>
                {m.city}（{m.lgCode}）
              </dd>
              <dt className="font-bold">取込元</dt>
              <dd>{sourceLabels[m.source] ?? m.source}</dd>
              <dt className="font-bold">町字の数</dt>
              <dd>{m.towns}件</dd>
            </dl>
            <div>
              <Button variant="outline" size="md" onClick={download}>
                CSVを書き出す
              </Button>
            </div>
          </>
        )}
      </Panel>
      <ImportForm />
    </AdminPage>
  );
};

type Problem = {
  message: string;
  line?: number | undefined;
  column?: string | undefined;
  excerpt?: string | undefined;
};

const ImportForm = () => {
  const [csv, setCsv] = useKeptDraft('address-master-csv');
  const [fileMessage, setFileMessage] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const [{ fetching }, importMaster] = useMutation(ImportAddressMasterMutation);
  const ref = useRef<HTMLTextAreaElement>(null);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setCsv(await readCsvFile(file));
    setProblem(undefined);
    setFileMessage(`${file.name} を読み込みました。内容を確かめて「取り込む」を押してください。`);
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (csv.trim() === '') {
      setProblem({ message: 'CSVを貼り付けるか、ファイルから読み込んでください。' });
      ref.current?.focus();
      return;
    }
    const text = csv.replace(/\r\n?/g, '\n');
    const r = await importMaster({ csv: text }, { additionalTypenames: ['AddressMasterInfo'] });
    if (r.data?.importAddressMaster) {
      setProblem(undefined);
      setCsv('');
      setFileMessage('');
      setDone(`住所マスタを取り込みました（町字${r.data.importAddressMaster.towns}件）。`);
      return;
    }
    const err = r.error ? pathErrors(r.error)[0] : undefined;
    const pos = csvPosition(err?.path);
    const range = pos.line ? lineRange(text, pos.line) : null;
    setProblem({
      message: err?.message ?? '住所マスタを取り込めませんでした。',
      line: pos.line,
      column: pos.column,
      excerpt: range ? text.slice(range[0], range[1]) : undefined,
    });
    // Put the cursor on the line the server names, selected, so it can be corrected at once.
    const el = ref.current;
    if (el) {
      el.focus();
      if (range && csv === text) el.setSelectionRange(range[0], range[1]);
    }
  };

  const where = problem?.line ? `${problem.line}行目${problem.column ? `・「${problem.column}」列` : ''}` : '';
  const fieldError = problem ? (where ? `${where}：${problem.message}` : problem.message) : undefined;

  return (
    <Panel id="admin-address-import" title="CSVを取り込む">
      <ErrorSummary
        title="住所マスタを取り込めませんでした"
        items={problem ? [{ message: fieldError ?? '', fieldId: 'address-master-csv', fieldLabel: 'CSV' }] : []}
      />
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-address-import"
      >
        <FileField
          id="address-master-file"
          label="ファイルから読み込む"
          support="UTF-8 または Shift_JIS（Excel で保存したもの）"
          accept=".csv,text/csv"
          onChange={(e) => void onFile(e.currentTarget.files?.[0])}
          className="max-w-xl"
        />
        <p aria-live="polite" className="text-std-16N-170 text-solid-gray-700">
          {fileMessage}
        </p>
        <TextareaField
          ref={ref}
          id="address-master-csv"
          label="CSV"
          required
          code
          rows={10}
          spellCheck={false}
          support="1行目は見出し「町字,かな,丁目,番地」。例: 三国が丘,みくにがおか,1-7,1-30"
          value={csv}
          onChange={(e) => {
            setCsv(e.currentTarget.value);
          }}
          error={fieldError}
        />
        {problem?.excerpt !== undefined && (
          <p className="text-std-16N-170" data-testid="address-master-error-line">
            {problem.line}行目の内容：<code className="text-mono-16N-150">{problem.excerpt || '（空行）'}</code>
          </p>
        )}
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            {fetching ? '取り込んでいます…' : '取り込む'}
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};
