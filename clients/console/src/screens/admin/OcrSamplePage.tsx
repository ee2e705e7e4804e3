import { type SubmitEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FileField } from '../../components/FileField';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import type { SampleDocumentFieldsFragment } from '../../gql/graphql';
import { useKeptDraft } from '../../hooks/useKeptDraft';
import { formatDateTime } from '../search/labels';
import { AdminPage, Panel } from './AdminPage';
import { pathErrors } from './errors';
import {
  type DraftProblem,
  type Rect,
  type SampleBox,
  type SampleDocumentRef,
  type SampleDraft,
  checkSampleDraft,
  clampRect,
  documentTypeName,
  emptySampleDraft,
  fieldBoxes,
  newBox,
  parseSampleDraft,
  sampleDocumentTypes,
  sampleKeys,
  sampleKinds,
  toSampleInput,
} from './ocrSample';
import { CreateTemplateFromSampleMutation, SampleDocumentsQuery, UploadSampleMutation } from './ocrSampleDocuments';
import { SampleImage, boxName } from './SampleImage';

const documentList = { additionalTypenames: ['SourceDocument'] };

const boxInputId = (id: string, part: string) => `sample-box-${id}-${part}`;

const partLabels: Record<string, string> = { key: '項目', kind: '読み方', box: '左端', x: '左端', y: '上端', w: '幅', h: '高さ', person: '欄', label: '見出し' };

const formLabels: Record<string, string> = {
  'sample-document': '見本の書類',
  'sample-template-id': '定義体のID',
  'sample-name': '定義体の名前',
  'sample-document-type': '書類の種類',
  'sample-issuers': '発行団体',
  'sample-page-width': '用紙の幅',
  'sample-title': '表題の文字',
  'sample-person-slots': '人の欄の数',
  'sample-stride-x': '次の人の欄までの横のずれ',
  'sample-stride-y': '次の人の欄までの縦のずれ',
  'sample-add-box': '枠',
};

function refOf(d: SampleDocumentFieldsFragment): SampleDocumentRef {
  return { id: d.id, url: d.url, contentType: d.contentType, filename: d.filename };
}

/**
 * 見本から定義体を作成 (B2): a scan of a layout the library lacks, boxes drawn on it with the mouse or the keyboard,
 * each box's output key and reading; the server finds the rulings, turns the boxes into millimetres of the frame and
 * stores the template for the city. The work is kept in the tab until it is sent.
 */
export const OcrSamplePage = () => {
  const [kept, setKept] = useKeptDraft('ocr-sample');
  const [draft, setDraftState] = useState<SampleDraft>(() => parseSampleDraft(kept));
  const draftRef = useRef(draft);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [natural, setNatural] = useState<{ w: number; h: number; url: string } | null>(null);
  const [problems, setProblems] = useState<DraftProblem[]>([]);
  const [created, setCreated] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [{ fetching: creating }, create] = useMutation(CreateTemplateFromSampleMutation);

  const update = (change: (d: SampleDraft) => SampleDraft) => {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraftState(next);
    setKept(JSON.stringify(next));
  };
  const set = <K extends keyof SampleDraft>(k: K, v: SampleDraft[K]) => {
    update((d) => ({ ...d, [k]: v }));
  };
  const setBox = (id: string, patch: Partial<SampleBox>) => {
    update((d) => ({ ...d, boxes: d.boxes.map((b) => (b.id === id ? { ...b, ...patch } : b)) }));
  };

  const size = natural && natural.url === draft.document?.url ? { w: natural.w, h: natural.h } : null;

  const addBox = (r: Rect, focusKey: boolean) => {
    const b = newBox(clampRect(r, size));
    update((d) => ({ ...d, boxes: [...d.boxes, b] }));
    setSelectedId(b.id);
    if (focusKey) requestAnimationFrame(() => document.getElementById(boxInputId(b.id, 'key'))?.focus());
  };
  const removeBox = (id: string) => {
    const i = draftRef.current.boxes.findIndex((b) => b.id === id);
    update((d) => ({ ...d, boxes: d.boxes.filter((b) => b.id !== id) }));
    setSelectedId(null);
    const rest = draftRef.current.boxes;
    requestAnimationFrame(() => {
      const next = rest[Math.min(i, rest.length - 1)];
      document.getElementById(next ? boxInputId(next.id, 'role') : 'sample-add-box')?.focus();
    });
  };

  const problemAt = (target: string) => problems.find((p) => p.target === target)?.message;

  /** Server errors name a path: fields.3.box is the 4th field box (the title box is not among the fields). */
  const targetOfPath = (path: string | undefined): string | undefined => {
    if (!path) return undefined;
    const m = /^fields\.(\d+)(?:\.(\w+))?/.exec(path);
    if (m) {
      const b = fieldBoxes(draftRef.current)[Number(m[1])];
      if (!b) return 'sample-add-box';
      const part = m[2] === 'kind' || m[2] === 'key' ? m[2] : 'x';
      return boxInputId(b.id, part);
    }
    const direct: Record<string, string> = {
      templateID: 'sample-template-id',
      id: 'sample-template-id',
      name: 'sample-name',
      documentType: 'sample-document-type',
      file: 'sample-document',
      sourceDocumentID: 'sample-document',
      issuers: 'sample-issuers',
      pageWidthMM: 'sample-page-width',
      fields: 'sample-add-box',
      title: 'sample-title',
      titleBox: 'sample-title',
      personSlots: 'sample-person-slots',
    };
    return direct[path];
  };

  const labelOf = (target: string): string => {
    const m = /^sample-box-(.+)-(\w+)$/.exec(target);
    if (m) {
      const i = draft.boxes.findIndex((b) => b.id === m[1]);
      return `枠${i + 1}の${partLabels[m[2] ?? ''] ?? ''}`;
    }
    return formLabels[target] ?? '';
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (creating) return;
    setCreated('');
    const found = checkSampleDraft(draftRef.current, { box: boxInputId });
    if (found.length > 0) {
      setProblems(found);
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const r = await create({ input: toSampleInput(draftRef.current) }, { additionalTypenames: ['OcrTemplate'] });
    const t = r.data?.createOcrTemplateFromSample;
    if (t) {
      setProblems([]);
      setCreated(`定義体「${t.name}」（${t.documentTypeLabel}）を ${t.ref} として作成しました。次の読み取りから使われます。`);
      return;
    }
    const errs = r.error ? pathErrors(r.error) : [];
    setProblems(
      errs.length > 0
        ? errs.map((x) => ({ target: targetOfPath(x.path) ?? '', message: x.message }))
        : [{ target: '', message: '定義体を作成できませんでした。' }],
    );
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  return (
    <AdminPage
      title="見本から定義体を作成"
      lead="ライブラリにない様式の書類を読み取れるように、見本の画像に項目の枠を描いて定義体を作ります。"
    >
      <SampleChooser
        chosen={draft.document}
        documentType={draft.documentType}
        error={problemAt('sample-document')}
        onChoose={(doc) => {
          update((d) => ({ ...d, document: doc }));
        }}
      />

      <Panel id="admin-sample-boxes" title="2. 項目の枠を描く">
        {!draft.document ? (
          <p className="text-std-16N-170">先に見本の書類を選ぶか、取り込んでください。</p>
        ) : (
          <div className="grid gap-6 xl:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
            <div className="xl:sticky xl:top-4 xl:self-start">
              <SampleImage
                key={draft.document.url}
                url={draft.document.url}
                contentType={draft.document.contentType}
                filename={draft.document.filename}
                boxes={draft.boxes}
                selectedId={selectedId}
                natural={size}
                onNatural={(n) => {
                  setNatural({ ...n, url: draft.document?.url ?? '' });
                }}
                onSelect={setSelectedId}
                onDraw={(r) => {
                  addBox(r, true);
                }}
                onChange={(id, r) => {
                  setBox(id, r);
                }}
              />
            </div>
            <BoxList
              boxes={draft.boxes}
              selectedId={selectedId}
              size={size}
              problemAt={problemAt}
              onSelect={setSelectedId}
              onChange={setBox}
              onRemove={removeBox}
              onAdd={() => {
                const w = size?.w ?? 2000;
                const h = size?.h ?? 2800;
                addBox({ x: w * 0.1, y: h * 0.1, w: w * 0.3, h: h * 0.025 }, true);
              }}
            />
          </div>
        )}
      </Panel>

      <Panel id="admin-sample-meta" title="3. 定義体の情報と作成">
        <ErrorSummary
          ref={summaryRef}
          tabIndex={-1}
          title="定義体を作成できませんでした"
          items={problems.map((p) => ({
            message: p.message,
            fieldId: p.target || undefined,
            fieldLabel: p.target ? labelOf(p.target) : undefined,
          }))}
        />
        <form noValidate onSubmit={(e) => void onSubmit(e)} aria-labelledby="admin-sample-meta" className="flex flex-col gap-6">
          <div className="grid gap-4 md:grid-cols-2">
            <FormField
              id="sample-template-id"
              label="定義体のID"
              required
              support="英数字とハイフン（例: tosu-moveout-2019）。同じIDで作ると新しい版になります。"
              autoComplete="off"
              spellCheck={false}
              value={draft.templateID}
              onChange={(e) => {
                set('templateID', e.currentTarget.value);
              }}
              error={problemAt('sample-template-id')}
            />
            <FormField
              id="sample-name"
              label="定義体の名前"
              required
              support="一覧に表示する名前（例: 鳥栖市の転出証明書）"
              value={draft.name}
              onChange={(e) => {
                set('name', e.currentTarget.value);
              }}
              error={problemAt('sample-name')}
            />
            <SelectField
              id="sample-document-type"
              label="書類の種類"
              required
              options={sampleDocumentTypes}
              value={draft.documentType}
              onChange={(e) => {
                set('documentType', e.currentTarget.value);
              }}
              error={problemAt('sample-document-type')}
            />
            <FormField
              id="sample-issuers"
              label="発行団体（団体コード）"
              support="この様式を発行する市区町村の6桁のコードを「,」で区切って（省略可）"
              inputMode="numeric"
              autoComplete="off"
              value={draft.issuers}
              onChange={(e) => {
                set('issuers', e.currentTarget.value);
              }}
              error={problemAt('sample-issuers')}
            />
            <FormField
              id="sample-page-width"
              label="用紙の幅（mm）"
              support="A4縦は210、B5縦は182、A4横は297"
              inputMode="decimal"
              autoComplete="off"
              value={draft.pageWidthMM}
              onChange={(e) => {
                set('pageWidthMM', e.currentTarget.value);
              }}
              error={problemAt('sample-page-width')}
            />
            <FormField
              id="sample-title"
              label="表題の文字"
              support="様式の題名（例: 転出証明書）。画像に「表題」の枠を描くと、様式の見分けに使われます。"
              value={draft.title}
              onChange={(e) => {
                set('title', e.currentTarget.value);
              }}
              error={problemAt('sample-title')}
            />
          </div>
          <fieldset className="flex flex-col gap-3">
            <legend className="mb-2 text-std-17B-170">人ごとの欄</legend>
            <p className="text-std-16N-170 text-solid-gray-800">
              「1人目の欄」の枠は、次の人の欄へずらして繰り返し読みます。ずれは見本のピクセルで指定します。
            </p>
            <div className="grid gap-4 md:grid-cols-3">
              <FormField
                id="sample-person-slots"
                label="人の欄の数"
                type="number"
                min={1}
                max={20}
                value={draft.personSlots}
                onChange={(e) => {
                  set('personSlots', e.currentTarget.value);
                }}
                error={problemAt('sample-person-slots')}
              />
              <FormField
                id="sample-stride-x"
                label="次の人の欄までの横のずれ"
                type="number"
                value={draft.strideX}
                onChange={(e) => {
                  set('strideX', e.currentTarget.value);
                }}
                error={problemAt('sample-stride-x')}
              />
              <FormField
                id="sample-stride-y"
                label="次の人の欄までの縦のずれ"
                type="number"
                value={draft.strideY}
                onChange={(e) => {
                  set('strideY', e.currentTarget.value);
                }}
                error={problemAt('sample-stride-y')}
              />
            </div>
          </fieldset>
          <div className="flex flex-wrap gap-3">
            <Button type="submit" variant="solid-fill" size="md" aria-disabled={creating || undefined}>
              {creating ? '作成しています…' : '定義体を作成'}
            </Button>
            <Button
              type="button"
              variant="text"
              size="md"
              onClick={() => {
                update(() => emptySampleDraft);
                setProblems([]);
                setCreated('');
                setSelectedId(null);
              }}
            >
              最初からやり直す
            </Button>
          </div>
        </form>
        <StatusMessage>
          {created && (
            <>
              {created}{' '}
              <Link to="/admin/ocr-templates" className="text-blue-900 underline focus-visible:bg-yellow-300">
                OCR定義体の一覧へ
              </Link>
            </>
          )}
        </StatusMessage>
      </Panel>
    </AdminPage>
  );
};

type ChooserProps = {
  chosen: SampleDocumentRef | null;
  documentType: string;
  error: string | undefined;
  onChoose: (doc: SampleDocumentRef | null) => void;
};

/** Step 1: a sample from the documents read lately, or a new scan uploaded here (kept like any scanned document). */
const SampleChooser = ({ chosen, documentType, error, onChoose }: ChooserProps) => {
  const [{ data, error: listError }] = useQuery({ query: SampleDocumentsQuery, context: documentList });
  const [{ fetching: uploading }, upload] = useMutation(UploadSampleMutation);
  const [file, setFile] = useState<File | null>(null);
  const [uploadError, setUploadError] = useState<string>();
  const [uploaded, setUploaded] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);
  const docs = (data?.sourceDocuments.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  const options = [
    { value: '', label: '選んでください' },
    ...docs.map((d) => ({
      value: d.id,
      label: `${d.filename}（${documentTypeName(d.documentType)}・${formatDateTime(d.createdAt)}）`,
    })),
  ];
  if (chosen && !docs.some((d) => d.id === chosen.id)) options.push({ value: chosen.id, label: chosen.filename });

  const onUpload = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (uploading) return;
    setUploaded('');
    if (!file) {
      setUploadError('見本の画像ファイルを選んでください（PNG・JPEG）。');
      fileRef.current?.focus();
      return;
    }
    const r = await upload({ documentType, file }, documentList);
    const d = r.data?.scanDocument;
    if (d) {
      setUploadError(undefined);
      setFile(null);
      if (fileRef.current) fileRef.current.value = '';
      onChoose(refOf(d));
      setUploaded(`${d.filename} を取り込み、見本にしました。`);
      return;
    }
    setUploadError((r.error && apiErrors(r.error)[0]?.message) || '取り込めませんでした。');
    fileRef.current?.focus();
  };

  return (
    <Panel id="admin-sample-document" title="1. 見本の書類">
      {listError && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {apiErrors(listError)[0]?.message}
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <SelectField
          id="sample-document"
          label="最近読み取った書類から選ぶ"
          options={options}
          value={chosen?.id ?? ''}
          onChange={(e) => {
            const id = e.currentTarget.value;
            const d = docs.find((x) => x.id === id);
            onChoose(d ? refOf(d) : id === chosen?.id ? chosen : null);
          }}
          error={error}
        />
        <form noValidate onSubmit={(e) => void onUpload(e)} aria-label="見本を取り込む" className="flex flex-col gap-3">
          <FileField
            ref={fileRef}
            id="sample-file"
            label="見本の画像ファイル"
            support="スキャンした画像（PNG・JPEG、300dpi）。書類の種類は下の「書類の種類」で伝えます。"
            accept="image/png,image/jpeg,image/tiff,application/pdf"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
            }}
            error={uploadError}
          />
          <div>
            <Button type="submit" variant="outline" size="md" aria-disabled={uploading || undefined}>
              {uploading ? '取り込んでいます…' : '取り込む'}
            </Button>
          </div>
        </form>
      </div>
      <StatusMessage>{uploaded}</StatusMessage>
    </Panel>
  );
};

type BoxListProps = {
  boxes: readonly SampleBox[];
  selectedId: string | null;
  size: { w: number; h: number } | null;
  problemAt: (target: string) => string | undefined;
  onSelect: (id: string) => void;
  onChange: (id: string, patch: Partial<SampleBox>) => void;
  onRemove: (id: string) => void;
  onAdd: () => void;
};

/** Every box as a form: the keyboard's way to draw (numbers), and where each box gets its key and reading. */
const BoxList = ({ boxes, selectedId, size, problemAt, onSelect, onChange, onRemove, onAdd }: BoxListProps) => (
  <div className="flex flex-col gap-4">
    {boxes.length === 0 && <p className="text-std-16N-170">枠はまだありません。画像の上をドラッグするか、「枠を追加」を押してください。</p>}
    <ol className="flex flex-col gap-4">
      {boxes.map((b, i) => {
        const selected = b.id === selectedId;
        const num = (part: 'x' | 'y' | 'w' | 'h', label: string) => (
          <FormField
            id={boxInputId(b.id, part)}
            label={label}
            type="number"
            min={part === 'w' || part === 'h' ? 1 : 0}
            blockSize="sm"
            value={String(b[part])}
            onChange={(e) => {
              const v = e.currentTarget.valueAsNumber;
              if (!Number.isFinite(v)) return;
              const next = clampRect({ ...b, [part]: v }, size);
              onChange(b.id, next);
            }}
            error={part === 'x' ? problemAt(boxInputId(b.id, 'x')) : undefined}
          />
        );
        return (
          <li key={b.id}>
            <fieldset
              className={`flex flex-col gap-3 rounded-8 border-2 p-4 ${selected ? 'border-black bg-yellow-50' : 'border-solid-gray-420'}`}
              onFocus={() => {
                onSelect(b.id);
              }}
              data-testid="sample-box"
            >
              <legend className="px-1 text-std-17B-170">{boxName(b, i)}</legend>
              <div className="grid gap-3 md:grid-cols-2">
                <SelectField
                  id={boxInputId(b.id, 'role')}
                  label="使い方"
                  options={[
                    { value: 'field', label: '読み取る項目' },
                    { value: 'title', label: '表題（様式の見分け）' },
                  ]}
                  value={b.role}
                  onChange={(e) => {
                    onChange(b.id, { role: e.currentTarget.value === 'title' ? 'title' : 'field' });
                  }}
                />
                {b.role === 'field' && (
                  <>
                    <SelectField
                      id={boxInputId(b.id, 'key')}
                      label="項目"
                      required
                      options={[{ value: '', label: '選んでください' }, ...sampleKeys.map((k) => ({ value: k.value, label: k.label }))]}
                      value={b.key}
                      onChange={(e) => {
                        const key = e.currentTarget.value;
                        const k = sampleKeys.find((x) => x.value === key);
                        // The reading that fits the key, unless staff already chose another one.
                        const kind = k && (b.kind === 'text' || b.key === '' || sampleKeys.some((x) => x.value === b.key && x.kind === b.kind)) ? k.kind : b.kind;
                        onChange(b.id, { key, kind, label: b.label === '' && k ? k.label : b.label });
                      }}
                      error={problemAt(boxInputId(b.id, 'key'))}
                    />
                    <SelectField
                      id={boxInputId(b.id, 'kind')}
                      label="読み方"
                      options={sampleKinds}
                      value={b.kind}
                      onChange={(e) => {
                        onChange(b.id, { kind: e.currentTarget.value });
                      }}
                      error={problemAt(boxInputId(b.id, 'kind'))}
                    />
                    <SelectField
                      id={boxInputId(b.id, 'person')}
                      label="欄"
                      options={[
                        { value: '-1', label: '書類に1つ（世帯・住所など）' },
                        { value: '0', label: '1人目の欄（人数分くり返す）' },
                      ]}
                      value={String(b.person)}
                      onChange={(e) => {
                        onChange(b.id, { person: Number(e.currentTarget.value) });
                      }}
                    />
                    <FormField
                      id={boxInputId(b.id, 'label')}
                      label="印字された見出し"
                      blockSize="sm"
                      value={b.label}
                      onChange={(e) => {
                        onChange(b.id, { label: e.currentTarget.value });
                      }}
                    />
                  </>
                )}
              </div>
              <div className="grid grid-cols-2 gap-3 md:grid-cols-4">
                {num('x', '左端（x）')}
                {num('y', '上端（y）')}
                {num('w', '幅')}
                {num('h', '高さ')}
              </div>
              <div>
                <Button
                  type="button"
                  variant="text"
                  size="sm"
                  aria-label={`${boxName(b, i)}を削除`}
                  onClick={() => {
                    onRemove(b.id);
                  }}
                >
                  削除
                </Button>
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
    <div>
      <Button id="sample-add-box" type="button" variant="outline" size="md" onClick={onAdd}>
        枠を追加
      </Button>
      {problemAt('sample-add-box') && <p className="mt-2 text-std-16N-170 text-red-1000">{problemAt('sample-add-box')}</p>}
    </div>
  </div>
);
