import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { FormField } from '../../components/FormField';
import type { ReviewDocumentQuery as ReviewDocumentResult, ReviewOcrFieldFragment } from '../../gql/graphql';
import { useCan } from '../../shell/viewer';
import { documentStatusLabels } from '../reception/labels';
import { headingClass, useHeadingFocus } from '../reception/useHeadingFocus';
import { read, write } from '../reception/useSessionState';
import { useDocumentTitle } from '../useDocumentTitle';
import { DocumentImage, type ImageBox } from './DocumentImage';
import { ReviewCreateNotificationMutation, ReviewDocumentQuery, ReviewSaveDraftMutation } from './documents';
import { type Edits, draftInputWithEdits } from './draftInput';
import {
  autoAcceptThreshold,
  compareKeys,
  documentFieldId,
  nameKeys,
  ocrKeyLabel,
  personFieldId,
  splitChars,
} from './ocrFields';
import { VariantPicker } from './VariantPicker';

type SourceDocument = Extract<NonNullable<ReviewDocumentResult['node']>, { __typename: 'SourceDocument' }>;
type Ocr = NonNullable<SourceDocument['ocr']>;

/** One value read, as the review shows it. */
type Item = {
  id: string;
  key: string;
  /** null: the document's own field; else the person's index. */
  person: number | null;
  /** 「書類」 or 「1人目」 */
  scope: string;
  label: string;
  ocrValue: string;
  confidence: number;
  box: ReviewOcrFieldFragment['box'];
  low: boolean;
};

const readingPollMs = 1_500;
const linkClass =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

function itemsOf(ocr: Ocr): Item[] {
  const make = (f: ReviewOcrFieldFragment, person: number | null): Item => ({
    id: person === null ? documentFieldId(f.key) : personFieldId(person, f.key),
    key: f.key,
    person,
    scope: person === null ? '書類' : `${person + 1}人目`,
    label: ocrKeyLabel(f.key),
    ocrValue: f.value,
    confidence: f.confidence,
    box: f.box,
    low: f.confidence < autoAcceptThreshold,
  });
  const byKey = (a: Item, b: Item) => compareKeys(a.key, b.key);
  return [
    ...ocr.fields.map((f) => make(f, null)).sort(byKey),
    ...ocr.persons.flatMap((p, i) => p.fields.map((f) => make(f, i)).sort(byKey)),
  ];
}

/**
 * The character the staff selected in an input (an input keeps its selection when the focus leaves it for the
 * button), as an index in splitChars: 𠮷 is two UTF-16 units, an IVS three or four.
 */
function selectedChar(inputId: string): number | null {
  const el = document.getElementById(inputId);
  if (!(el instanceof HTMLInputElement)) return null;
  const start = el.selectionStart ?? 0;
  const end = el.selectionEnd ?? start;
  if (end <= start) return null;
  let at = 0;
  for (const [i, ch] of splitChars(el.value).entries()) {
    if (start >= at && start < at + ch.length) return i;
    at += ch.length;
  }
  return null;
}

function loadEdits(key: string): Edits {
  const raw = read(key);
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** 読取結果の確認: the scanned image with its boxes beside the values read, low-confidence ones first (A1–A5). */
export const DocumentReviewScreen = () => {
  const { id = '' } = useParams();
  return <Review key={id} id={id} />;
};

const Review = ({ id }: { id: string }) => {
  useDocumentTitle('読取結果の確認');
  const headingRef = useHeadingFocus(id);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ReviewDocumentQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const doc = data?.node?.__typename === 'SourceDocument' ? data.node : undefined;
  const waiting = doc?.status === 'pending' || doc?.status === 'reading';

  useEffect(() => {
    if (!waiting) return;
    const poll = setInterval(() => {
      reexecute({ requestPolicy: 'network-only' });
    }, readingPollMs);
    return () => {
      clearInterval(poll);
    };
  }, [waiting, reexecute]);

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-2">
        <h1 ref={headingRef} tabIndex={-1} className={headingClass}>
          読取結果の確認
        </h1>
        {doc && (
          <p className="text-std-16N-170 text-solid-gray-800">
            {doc.ocr?.documentTypeLabel ?? ''} {doc.filename}
          </p>
        )}
      </div>
      {fetching && !data && <p className="text-std-16N-170">読み込み中です…</p>}
      {error && !data && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          書類を読み込めませんでした：{apiErrors(error)[0]?.message}
        </p>
      )}
      {data && !doc && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          書類が見つかりません。
        </p>
      )}
      {doc && doc.status === 'done' && doc.ocr ? (
        <ReviewForm doc={doc} ocr={doc.ocr} />
      ) : (
        doc && <NotRead doc={doc} />
      )}
    </div>
  );
};

const NotRead = ({ doc }: { doc: SourceDocument }) => (
  <div className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
    <p role="status" className="text-std-16B-170">
      {doc.status === 'failed' ? '' : `この書類は${documentStatusLabels[doc.status]}です。読み取りが終わると結果を表示します。`}
    </p>
    {doc.status === 'failed' && (
      <p role="alert" className="text-std-16N-170 text-red-1000">
        {doc.error || '読み取れませんでした。'}
      </p>
    )}
    <p className="flex flex-wrap gap-x-6 gap-y-2">
      <a href={doc.url} target="_blank" rel="noopener noreferrer" className={linkClass}>
        元の画像を開く<span className="sr-only">（{doc.filename}、新しいタブ）</span>
      </a>
      {doc.receptionID != null && (
        <Link to={`/receptions/${doc.receptionID}`} className={linkClass}>
          受付に戻る
        </Link>
      )}
    </p>
  </div>
);

const ReviewForm = ({ doc, ocr }: { doc: SourceDocument; ocr: Ocr }) => {
  const navigate = useNavigate();
  const canSeeMyNumber = useCan('mynumber:read');
  const storageKey = `kakanai.review.${doc.id}`;
  const [edits, setEdits] = useState<Edits>(() => loadEdits(storageKey));
  const [activeId, setActiveId] = useState<string | null>(null);
  const [pickerFor, setPickerFor] = useState<{ id: string; index: number | null } | null>(null);
  const [failure, setFailure] = useState<{ message: string; notificationId?: string } | null>(null);
  const [{ fetching: creating }, create] = useMutation(ReviewCreateNotificationMutation);
  const [{ fetching: saving }, save] = useMutation(ReviewSaveDraftMutation);
  const busy = creating || saving;

  useEffect(() => {
    write(storageKey, Object.keys(edits).length > 0 ? JSON.stringify(edits) : null);
  }, [storageKey, edits]);

  const items = itemsOf(ocr);
  const low = items.filter((i) => i.low);
  const valueOf = (item: Item) => edits[item.id] ?? item.ocrValue;
  const setValue = (item: Item, value: string) => {
    setEdits((e) => {
      const rest = Object.fromEntries(Object.entries(e).filter(([k]) => k !== item.id));
      return value === item.ocrValue ? rest : { ...rest, [item.id]: value };
    });
  };
  const edited = items.filter((i) => edits[i.id] !== undefined && edits[i.id] !== i.ocrValue).length;
  const kanaOf = (person: number | null) => {
    const kana = items.find((i) => i.person === person && i.key === 'fullNameKana');
    return kana ? valueOf(kana) : '';
  };
  const personName = (person: number) => {
    const name = items.find((i) => i.person === person && i.key === 'fullName');
    return name ? valueOf(name) : '';
  };
  /** The kana to guess readings from: the person's own, or for 世帯主 and 筆頭者 that of the person so named. */
  const kanaFor = (item: Item): string => {
    if (item.key === 'fullName') return kanaOf(item.person);
    const bare = (s: string) => s.replace(/[\s\u3000]/g, '');
    const match = items.find((i) => i.key === 'fullName' && bare(valueOf(i)) === bare(valueOf(item)));
    return match ? kanaOf(match.person) : '';
  };

  const focusField = (fieldId: string) => {
    document.getElementById(`review-${fieldId}`)?.focus();
  };

  const onCreate = async () => {
    if (busy) return;
    setFailure(null);
    const created = await create({ id: doc.id });
    const n = created.data?.createNotificationFromDocument.notification;
    if (!n) {
      setFailure({ message: created.error ? (apiErrors(created.error)[0]?.message ?? '') : '届出を作成できませんでした。' });
      return;
    }
    const input = draftInputWithEdits(n, ocr, edits);
    if (input) {
      const saved = await save({ id: n.id, version: n.version, input });
      if (!saved.data?.saveNotificationDraft.notification.id) {
        setFailure({
          message: `届出は作成しましたが、この画面での修正を保存できませんでした（${
            saved.error ? (apiErrors(saved.error)[0]?.message ?? '') : '原因不明'
          }）。届出の入力画面で修正してください。`,
          notificationId: n.id,
        });
        return;
      }
    }
    write(storageKey, null);
    void navigate(`/notifications/${n.id}`);
  };

  const renderField = (item: Item, withScope: boolean) => {
    const inputId = `review-${item.id}`;
    // The server masks a 個人番号 in every reading; the 届出 screen unmasks it for those who may see it.
    const masked = item.key === 'myNumber';
    const value = masked ? '＊＊＊＊ ＊＊＊＊ ＊＊＊＊' : valueOf(item);
    const changed = !masked && edits[item.id] !== undefined && edits[item.id] !== item.ocrValue;
    const isName = nameKeys.has(item.key) && !masked;
    const fieldLabel = `${item.scope}の${item.label}`;
    const picker = pickerFor?.id === item.id;
    const support = [
      `信頼度 ${Math.round(item.confidence * 100)}%`,
      changed ? `修正済み（読み取った値：${item.ocrValue || '空欄'}）` : '',
      masked
        ? canSeeMyNumber
          ? '個人番号は伏せて表示しています（届出の画面で表示できます）'
          : '個人番号を表示する権限がありません'
        : '',
    ]
      .filter(Boolean)
      .join('。');
    return (
      <div
        key={item.id}
        data-testid="review-field"
        data-field={item.id}
        data-confidence={item.confidence}
        data-low={item.low || undefined}
        onFocus={() => {
          setActiveId(item.id);
        }}
        onMouseEnter={() => {
          setActiveId(item.id);
        }}
        className={`flex flex-col gap-2 rounded-8 p-3 ${item.low ? 'border-l-8 border-red-1000 bg-yellow-50' : ''} ${
          activeId === item.id ? 'ring-2 ring-blue-900' : ''
        }`}
      >
        <FormField
          id={inputId}
          label={
            <>
              <span>
                <span className={withScope ? '' : 'sr-only'}>{item.scope}の</span>
                {item.label}
              </span>
              {item.low && (
                <span className="rounded-6 border border-red-1000 bg-white px-2 text-dns-16B-130 text-red-1000">要確認</span>
              )}
            </>
          }
          support={support}
          value={value}
          readOnly={masked}
          blockSize="md"
          onChange={(e) => {
            setValue(item, e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            // Enter in a value creates the 届出, as in a form: the corrections are done where the eyes already are.
            // Not while the IME is converting, where Enter only confirms the characters.
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void onCreate();
            }
          }}
        />
        {isName && (
          <div>
            <Button
              variant="text"
              size="sm"
              aria-expanded={picker}
              onClick={() => {
                setPickerFor(picker ? null : { id: item.id, index: selectedChar(inputId) });
              }}
            >
              異体字を選ぶ<span className="sr-only">（{fieldLabel}）</span>
            </Button>
          </div>
        )}
        {isName && picker && (
          <VariantPicker
            fieldLabel={fieldLabel}
            value={valueOf(item)}
            kana={kanaFor(item)}
            initialIndex={pickerFor.index}
            onChange={(v) => {
              setValue(item, v);
            }}
            onClose={() => {
              setPickerFor(null);
              focusField(item.id);
            }}
          />
        )}
      </div>
    );
  };

  const boxes: ImageBox[] = items
    .filter((i) => i.box.page === 0 && i.box.w > 0 && i.box.h > 0)
    .map((i) => ({ id: i.id, x: i.box.x, y: i.box.y, w: i.box.w, h: i.box.h, low: i.low }));

  // Keyed by what they hold, not their titles: a corrected name must not remount its section (and the picker).
  const sections: { key: string; title: string; items: Item[] }[] = [
    { key: 'document', title: '書類の項目', items: items.filter((i) => i.person === null && !i.low) },
    ...ocr.persons.map((_, p) => ({
      key: `person-${p}`,
      title: `${p + 1}人目${personName(p) ? `（${personName(p)}）` : ''}`,
      items: items.filter((i) => i.person === p && !i.low),
    })),
  ].filter((s) => s.items.length > 0);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] lg:items-start">
      <div className="flex flex-col gap-6">
        <div className="rounded-12 bg-white p-4 shadow-1 text-std-16N-170">
          <p>
            読み取った項目 {items.length}件、うち要確認 {low.length}件（信頼度{Math.round(autoAcceptThreshold * 100)}%未満）。
            {edited > 0 && ` この画面で修正した項目 ${edited}件。`}
          </p>
          {items.length > 0 && <p className="mt-1">項目の欄で Enter を押すと、この内容で届出を作成します。</p>}
          {ocr.warnings.length > 0 && (
            <ul className="mt-2 flex list-disc flex-col gap-1 pl-6">
              {ocr.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          {items.length === 0 && <p className="mt-2">読み取れた項目はありません。届出を作成して、入力画面で入力してください。</p>}
          {doc.notificationID != null && (
            <p className="mt-2">
              この書類からは届出を作成済みです。
              <Link to={`/notifications/${doc.notificationID}`} className={linkClass}>
                作成した届出を開く
              </Link>
            </p>
          )}
        </div>

        {low.length > 0 && (
          <section aria-labelledby="review-low-heading" className="rounded-12 border-2 border-red-1000 bg-white p-4 shadow-1" data-testid="review-low">
            <h2 id="review-low-heading" className="text-std-24B-150">
              要確認の項目
            </h2>
            <p className="mt-1 text-std-16N-170">読み取りの信頼度が低い項目です。画像と見比べて確かめてください。</p>
            <div className="mt-3 flex flex-col gap-2">{low.map((i) => renderField(i, true))}</div>
          </section>
        )}

        {sections.map((s) => (
          <section key={s.key} aria-label={s.title} className="rounded-12 bg-white p-4 shadow-1">
            <h2 className="text-std-20B-150">{s.title}</h2>
            <div className="mt-3 flex flex-col gap-2">{s.items.map((i) => renderField(i, false))}</div>
          </section>
        ))}

        <div className="flex flex-col gap-4 rounded-12 bg-white p-4 shadow-1">
          {failure && (
            <div role="alert" className="rounded-12 border-2 border-error-1 bg-white p-4 text-std-16N-170 text-red-1000">
              <p>{failure.message}</p>
              {failure.notificationId && (
                <p className="mt-2">
                  <Link to={`/notifications/${failure.notificationId}`} className={linkClass}>
                    作成した届出を開く
                  </Link>
                </p>
              )}
            </div>
          )}
          <p role="status" className="text-std-16N-170">
            {creating ? '届出を作成しています…' : saving ? '修正を届出に保存しています…' : ''}
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <Button variant="solid-fill" size="lg" onClick={() => void onCreate()} aria-disabled={busy || undefined}>
              この内容で届出を作成
            </Button>
            {doc.receptionID != null && (
              <Link to={`/receptions/${doc.receptionID}`} className={linkClass}>
                受付に戻る
              </Link>
            )}
          </div>
        </div>
      </div>
      {/* After the fields: Tab reaches the values to check first; the image stays beside them. */}
      <div className="lg:sticky lg:top-4">
        <DocumentImage
          url={doc.url}
          contentType={doc.contentType}
          filename={doc.filename}
          boxes={boxes}
          activeId={activeId}
          onPick={(fieldId) => {
            setActiveId(fieldId);
            focusField(fieldId);
          }}
        />
      </div>
    </div>
  );
};
