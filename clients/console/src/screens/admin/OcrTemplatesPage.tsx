import { type SubmitEvent, useRef, useState } from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { ModalDialog } from '../notification/ModalDialog';
import { AdminPage, Panel } from './AdminPage';
import {
  DeleteOcrTemplateMutation,
  OcrTemplateDefinitionQuery,
  OcrTemplatesQuery,
  SaveOcrTemplateMutation,
} from './documents';
import { pathErrors } from './errors';

// An empty list holds no OcrTemplate for urql's document cache to watch: name the type so that adding one refetches.
const ocrTemplateList = { additionalTypenames: ['OcrTemplate'] };

/** OCR定義体 (B2): the layouts OCR reads, the shared library and the city's own, and a JSON upload of a new version. */
export const OcrTemplatesPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: OcrTemplatesQuery, context: ocrTemplateList });
  const [type, setType] = useState('');
  const [definition, setDefinition] = useKeptDraft('ocr-template-definition');
  const [copied, setCopied] = useState('');
  const [deleting, setDeleting] = useState<{ templateID: string; name: string } | null>(null);
  const [deleted, setDeleted] = useState('');
  const [deleteError, setDeleteError] = useState('');
  const [{ fetching: deletingNow }, deleteTemplate] = useMutation(DeleteOcrTemplateMutation);
  const client = useClient();
  const templates = data?.ocrTemplates ?? [];
  const types = [...new Map(templates.map((t) => [t.documentType, t.documentTypeLabel])).entries()];
  const shown = type ? templates.filter((t) => t.documentType === type) : templates;

  // The definition is large: fetched only when someone starts from it.
  const startFrom = async (ref: string, documentType: string) => {
    const r = await client.query(OcrTemplateDefinitionQuery, { documentType }).toPromise();
    const def = r.data?.ocrTemplates.find((t) => t.ref === ref)?.definition;
    if (!def) return;
    setDefinition(JSON.stringify(JSON.parse(def), null, 2));
    setCopied(`${ref} の定義を下の欄に写しました。IDと名前を変えて登録してください。`);
    requestAnimationFrame(() => document.getElementById('ocr-template-definition')?.focus());
  };

  const onDelete = async (t: { templateID: string; name: string }) => {
    const r = await deleteTemplate({ templateID: t.templateID }, ocrTemplateList);
    setDeleting(null);
    if (r.data?.deleteOcrTemplate) {
      setDeleteError('');
      setDeleted(`定義体「${t.name}」（${t.templateID}）を削除しました。共有ライブラリに同じIDがあれば、以後はそれで読み取ります。`);
      return;
    }
    setDeleted('');
    setDeleteError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '削除できませんでした。');
  };

  return (
    <AdminPage
      title="OCR定義体"
      lead="書類ごとに、どこに何が印字されているかの定義です。共有ライブラリ（全自治体共通）と、この市が登録した定義体の最新版を表示します。"
    >
      <Panel id="admin-ocr-list" title="定義体の一覧">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {deleted && <StatusMessage>{deleted}</StatusMessage>}
        {deleteError && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {deleteError}
          </p>
        )}
        {data && (
          <>
            <SelectField
              id="ocr-type-filter"
              label="書類の種類"
              options={[
                { value: '', label: `すべて（${templates.length}件）` },
                ...types.map(([value, label]) => ({ value, label })),
              ]}
              value={type}
              onChange={(e) => {
                setType(e.currentTarget.value);
              }}
              className="max-w-sm"
            />
            <div className="overflow-x-auto">
              <table className="w-full border-collapse text-left text-std-16N-170">
                <caption className="sr-only">定義体（{shown.length}件）</caption>
                <thead className="bg-solid-gray-50 text-std-16B-170">
                  <tr>
                    <th scope="col" className="px-3 py-2">
                      名前
                    </th>
                    <th scope="col" className="px-3 py-2">
                      書類の種類
                    </th>
                    <th scope="col" className="px-3 py-2">
                      ID・版
                    </th>
                    <th scope="col" className="px-3 py-2">
                      発行団体
                    </th>
                    <th scope="col" className="px-3 py-2">
                      区分
                    </th>
                    <th scope="col" className="px-3 py-2">
                      操作
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {shown.map((t) => (
                    <tr key={t.ref} className="border-t border-solid-gray-420 align-top" data-testid="admin-ocr-row">
                      <td className="px-3 py-2">{t.name}</td>
                      <td className="px-3 py-2">
                        {t.documentTypeLabel}
                        <span className="block text-dns-14N-130 text-solid-gray-700">
                          {t.media === 'card' ? 'カード' : '用紙'}
                        </span>
                      </td>
                      <td className="px-3 py-2 break-all">{t.ref}</td>
                      <td className="px-3 py-2">{t.issuers.length > 0 ? t.issuers.join('、') : '—'}</td>
                      <td className="px-3 py-2">
                        {t.own ? '市独自' : '共有ライブラリ'}
                        {t.verified && (
                          <span className="block text-dns-14N-130 text-solid-gray-700">実物で確認済み</span>
                        )}
                      </td>
                      <td className="px-3 py-2">
                        <Button
                          variant="outline"
                          size="sm"
                          onClick={() => void startFrom(t.ref, t.documentType)}
                          aria-label={`これを元に作る：${t.name}（${t.ref}）`}
                        >
                          これを元に作る
                        </Button>
                        {t.own && (
                          <Button
                            variant="text"
                            size="sm"
                            className="ml-2"
                            onClick={() => {
                              setDeleting({ templateID: t.templateID, name: t.name });
                            }}
                            aria-label={`削除：${t.name}（${t.templateID} の全版）`}
                          >
                            削除
                          </Button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Panel>
      <UploadTemplateForm definition={definition} setDefinition={setDefinition} copied={copied} />
      <ModalDialog
        open={deleting !== null}
        labelledBy="ocr-template-delete-heading"
        onClose={() => {
          setDeleting(null);
        }}
      >
        {deleting && (
          <div className="flex flex-col gap-4">
            <h2 id="ocr-template-delete-heading" className="text-std-24B-150">
              定義体「{deleting.name}」を削除しますか
            </h2>
            <p className="text-std-16N-170">
              この市の定義体 {deleting.templateID} をすべての版とも削除します。これまでの読取結果は残ります。共有ライブラリに同じIDの定義体があれば、以後はそれで読み取ります。この操作は取り消せません。
            </p>
            <div className="flex flex-wrap gap-4">
              <Button
                variant="solid-fill"
                size="md"
                aria-disabled={deletingNow || undefined}
                onClick={() => void onDelete(deleting)}
              >
                削除する
              </Button>
              <Button
                variant="outline"
                size="md"
                onClick={() => {
                  setDeleting(null);
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

const UploadTemplateForm = ({
  definition,
  setDefinition,
  copied,
}: {
  definition: string;
  setDefinition: (v: string) => void;
  copied: string;
}) => {
  const [problem, setProblem] = useState<{ message: string; path?: string | undefined }>();
  const [done, setDone] = useState('');
  const [fileMessage, setFileMessage] = useState('');
  const [{ fetching }, save] = useMutation(SaveOcrTemplateMutation);
  const ref = useRef<HTMLTextAreaElement>(null);

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (definition.trim() === '') {
      setProblem({ message: '定義体（JSON）を貼り付けるか、ファイルから読み込んでください。' });
      ref.current?.focus();
      return;
    }
    const r = await save({ definition }, { additionalTypenames: ['OcrTemplate'] });
    if (r.data?.saveOcrTemplate) {
      const t = r.data.saveOcrTemplate;
      setProblem(undefined);
      setDefinition('');
      setDone(`定義体「${t.name}」（${t.ref}）を登録しました。`);
      return;
    }
    const err = r.error ? pathErrors(r.error)[0] : undefined;
    setProblem({ message: err?.message ?? '定義体を登録できませんでした。', path: err?.path });
    ref.current?.focus();
  };

  const message = problem
    ? problem.path && problem.path !== 'definition'
      ? `${problem.message}（該当箇所: ${problem.path}）`
      : problem.message
    : undefined;

  return (
    <Panel id="admin-ocr-upload" title="定義体を登録">
      <ErrorSummary
        title="定義体を登録できませんでした"
        items={message ? [{ message, fieldId: 'ocr-template-definition', fieldLabel: '定義体（JSON）' }] : []}
      />
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-ocr-upload"
      >
        <FileField
          id="ocr-template-file"
          label="ファイルから読み込む"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (!file) return;
            void file.text().then((text) => {
              setDefinition(text);
              setFileMessage(`${file.name} を読み込みました。`);
            });
          }}
          className="max-w-xl"
        />
        <p aria-live="polite" className="text-std-16N-170 text-solid-gray-700">
          {fileMessage || copied}
        </p>
        <TextareaField
          ref={ref}
          id="ocr-template-definition"
          label="定義体（JSON）"
          required
          code
          rows={10}
          spellCheck={false}
          support="同じIDで登録すると新しい版になります。見本の画像から枠を描いて作る機能は準備中です。"
          value={definition}
          onChange={(e) => {
            setDefinition(e.currentTarget.value);
          }}
          error={message}
        />
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            {fetching ? '確認しています…' : '定義体を登録'}
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};
