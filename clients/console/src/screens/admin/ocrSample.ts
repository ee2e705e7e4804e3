import type { OcrTemplateFromSampleInput } from '../../gql/graphql';

// The model of 見本から定義体を作成: boxes in the sample's own pixels, as the server takes them.

/** Output keys of the reader (internal/ocr/schema.go Keys()) and the issuer line, with what they are called. */
export const sampleKeys: readonly { value: string; label: string; kind: string }[] = [
  { value: 'fullName', label: '氏名', kind: 'name' },
  { value: 'fullNameKana', label: 'フリガナ', kind: 'kana' },
  { value: 'romanName', label: 'ローマ字氏名', kind: 'roman' },
  { value: 'birthDate', label: '生年月日', kind: 'date' },
  { value: 'sex', label: '性別', kind: 'sex' },
  { value: 'relationship', label: '続柄', kind: 'relationship' },
  { value: 'residentCode', label: '住民票コード', kind: 'digits' },
  { value: 'myNumber', label: '個人番号', kind: 'digits' },
  { value: 'address', label: '住所', kind: 'address' },
  { value: 'addressSince', label: '住所を定めた日', kind: 'date' },
  { value: 'headOfHousehold', label: '世帯主', kind: 'name' },
  { value: 'domicile', label: '本籍', kind: 'address' },
  { value: 'domicileHead', label: '筆頭者', kind: 'name' },
  { value: 'moveOutDate', label: '転出予定年月日', kind: 'date' },
  { value: 'destinationAddress', label: '転出先', kind: 'address' },
  { value: 'nationality', label: '国籍・地域', kind: 'nationality' },
  { value: 'residenceStatus', label: '在留資格', kind: 'residenceStatus' },
  { value: 'periodOfStay', label: '在留期間', kind: 'period' },
  { value: 'periodExpiry', label: '在留期間の満了日', kind: 'date' },
  { value: 'workRestriction', label: '就労制限の有無', kind: 'workRestriction' },
  { value: 'cardNumber', label: '在留カード等番号', kind: 'cardNumber' },
  { value: 'cardExpiry', label: 'カードの有効期限', kind: 'expiry' },
  { value: 'licenseNumber', label: '免許証番号', kind: 'digits' },
  { value: '_issuer', label: '発行者（市区町村長名）', kind: 'issuer' },
];

/** How a box is read (internal/ocr/template.go FieldKinds()). */
export const sampleKinds: readonly { value: string; label: string }[] = [
  { value: 'name', label: '氏名（漢字）' },
  { value: 'kana', label: 'フリガナ' },
  { value: 'roman', label: 'ローマ字' },
  { value: 'date', label: '日付' },
  { value: 'address', label: '住所' },
  { value: 'digits', label: '数字（検査数字つき番号）' },
  { value: 'cardNumber', label: '在留カード等番号' },
  { value: 'sex', label: '性別' },
  { value: 'relationship', label: '続柄' },
  { value: 'nationality', label: '国籍・地域' },
  { value: 'residenceStatus', label: '在留資格' },
  { value: 'workRestriction', label: '就労制限' },
  { value: 'period', label: '在留期間' },
  { value: 'cardPeriod', label: '在留期間（満了日つき）' },
  { value: 'expiry', label: '有効期限' },
  { value: 'dateParts', label: '日付（年・月・日の別枠）' },
  { value: 'note', label: '備考の行' },
  { value: 'issuer', label: '発行者' },
  { value: 'text', label: '文字' },
];

/** Document types the reader knows (internal/ocr/schema.go). */
export const sampleDocumentTypes: readonly { value: string; label: string }[] = [
  { value: 'moveOutCertificate', label: '転出証明書' },
  { value: 'moveOutCertificateSpecial', label: '転出証明書に準ずる証明書' },
  { value: 'kosekiCertificate', label: '戸籍全部事項証明書' },
  { value: 'kosekiFuhyo', label: '戸籍の附票' },
  { value: 'residenceCard', label: '在留カード' },
  { value: 'specialPermanentResidentCertificate', label: '特別永住者証明書' },
  { value: 'driversLicense', label: '運転免許証' },
  { value: 'myNumberCard', label: 'マイナンバーカード' },
];

export function keyLabel(key: string): string {
  return sampleKeys.find((k) => k.value === key)?.label ?? key;
}

export function documentTypeName(value: string | null | undefined): string {
  if (!value) return '種類未判定';
  return sampleDocumentTypes.find((t) => t.value === value)?.label ?? (value === 'unknown' ? '不明な書類' : value);
}

export type Rect = { x: number; y: number; w: number; h: number };

export type SampleBox = Rect & {
  id: string;
  /** A field read into the output, or the printed title that identifies the layout (one at most). */
  role: 'field' | 'title';
  key: string;
  kind: string;
  /** -1: once on the document; 0: in the first person's block (repeated personSlots times). */
  person: number;
  label: string;
};

/** The sample chosen: enough to show it again after a reload, whatever the list of recent documents holds. */
export type SampleDocumentRef = { id: string; url: string; contentType: string; filename: string };

export type SampleDraft = {
  document: SampleDocumentRef | null;
  templateID: string;
  name: string;
  documentType: string;
  issuers: string;
  pageWidthMM: string;
  title: string;
  personSlots: string;
  strideX: string;
  strideY: string;
  boxes: SampleBox[];
};

export const emptySampleDraft: SampleDraft = {
  document: null,
  templateID: '',
  name: '',
  documentType: 'moveOutCertificate',
  issuers: '',
  pageWidthMM: '210',
  title: '',
  personSlots: '1',
  strideX: '0',
  strideY: '0',
  boxes: [],
};

let seq = 0;
export function newBoxId(): string {
  seq += 1;
  return `b${Date.now().toString(36)}${seq}`;
}

export function newBox(r: Rect): SampleBox {
  return { ...r, id: newBoxId(), role: 'field', key: '', kind: 'text', person: -1, label: '' };
}

/** Whole pixels, inside the image, at least 1 px wide and high. */
export function clampRect(r: Rect, size: { w: number; h: number } | null): Rect {
  let { x, y, w, h } = { x: Math.round(r.x), y: Math.round(r.y), w: Math.round(r.w), h: Math.round(r.h) };
  w = Math.max(1, w);
  h = Math.max(1, h);
  if (size) {
    w = Math.min(w, size.w);
    h = Math.min(h, size.h);
    x = Math.min(Math.max(0, x), size.w - w);
    y = Math.min(Math.max(0, y), size.h - h);
  } else {
    x = Math.max(0, x);
    y = Math.max(0, y);
  }
  return { x, y, w, h };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown, d = ''): string => (typeof v === 'string' ? v : d);
const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** The draft kept in the tab (sessionStorage), read defensively. */
export function parseSampleDraft(raw: string): SampleDraft {
  if (raw === '') return emptySampleDraft;
  try {
    const v: unknown = JSON.parse(raw);
    if (!isRecord(v)) return emptySampleDraft;
    const boxes: SampleBox[] = (Array.isArray(v['boxes']) ? v['boxes'] : []).filter(isRecord).map((b) => ({
      id: str(b['id']) || newBoxId(),
      role: b['role'] === 'title' ? 'title' : 'field',
      key: str(b['key']),
      kind: str(b['kind'], 'text'),
      person: num(b['person'], -1),
      label: str(b['label']),
      x: num(b['x']),
      y: num(b['y']),
      w: num(b['w'], 1),
      h: num(b['h'], 1),
    }));
    const d = emptySampleDraft;
    const doc = v['document'];
    return {
      document:
        isRecord(doc) && str(doc['id']) !== '' && str(doc['url']) !== ''
          ? { id: str(doc['id']), url: str(doc['url']), contentType: str(doc['contentType']), filename: str(doc['filename']) }
          : null,
      templateID: str(v['templateID']),
      name: str(v['name']),
      documentType: str(v['documentType'], d.documentType),
      issuers: str(v['issuers']),
      pageWidthMM: str(v['pageWidthMM'], d.pageWidthMM),
      title: str(v['title']),
      personSlots: str(v['personSlots'], d.personSlots),
      strideX: str(v['strideX'], d.strideX),
      strideY: str(v['strideY'], d.strideY),
      boxes,
    };
  } catch {
    return emptySampleDraft;
  }
}

export type DraftProblem = { target: string; message: string };

export function fieldBoxes(d: SampleDraft): SampleBox[] {
  return d.boxes.filter((b) => b.role === 'field');
}

/** What the form can tell before sending; target is the id of the input the message belongs beside. */
export function checkSampleDraft(d: SampleDraft, ids: { box: (id: string, part: string) => string }): DraftProblem[] {
  const out: DraftProblem[] = [];
  if (!d.document) out.push({ target: 'sample-document', message: '見本の書類を選ぶか、取り込んでください。' });
  if (d.templateID.trim() === '') out.push({ target: 'sample-template-id', message: '定義体のIDを入力してください。' });
  else if (/[@/\s]/.test(d.templateID.trim())) {
    out.push({ target: 'sample-template-id', message: '定義体のIDには空白・@・/を使えません。' });
  }
  if (d.name.trim() === '') out.push({ target: 'sample-name', message: '定義体の名前を入力してください。' });
  if (d.issuers.trim() !== '' && !d.issuers.split(/[\s,、]+/).filter(Boolean).every((c) => /^\d{6}$/.test(c))) {
    out.push({ target: 'sample-issuers', message: '発行団体は6桁の団体コードを「,」で区切って入力してください（例: 402036,401340）。' });
  }
  const width = Number(d.pageWidthMM);
  if (d.pageWidthMM.trim() !== '' && !(width > 0 && width <= 500)) {
    out.push({ target: 'sample-page-width', message: '用紙の幅はミリメートルの数で入力してください（例: A4縦は210）。' });
  }
  const slots = Number(d.personSlots);
  if (!(Number.isInteger(slots) && slots >= 1 && slots <= 20)) {
    out.push({ target: 'sample-person-slots', message: '人の欄の数は1から20までの整数で入力してください。' });
  }
  for (const [which, value] of [
    ['sample-stride-x', d.strideX],
    ['sample-stride-y', d.strideY],
  ] as const) {
    if (!Number.isInteger(Number(value))) out.push({ target: which, message: '次の人の欄までのずれはピクセルの整数で入力してください。' });
  }
  const fields = fieldBoxes(d);
  if (fields.length === 0) out.push({ target: 'sample-add-box', message: '読み取る項目の枠を1つ以上描いてください。' });
  d.boxes.forEach((b, i) => {
    if (b.role === 'field' && b.key === '') {
      out.push({ target: ids.box(b.id, 'key'), message: `枠${i + 1}の項目を選んでください。` });
    }
  });
  if (d.boxes.filter((b) => b.role === 'title').length > 1) {
    out.push({ target: 'sample-title', message: '表題の枠は1つだけにしてください。' });
  }
  return out;
}

export function toSampleInput(d: SampleDraft): OcrTemplateFromSampleInput {
  const title = d.boxes.find((b) => b.role === 'title');
  const rect = (b: Rect) => ({ x: b.x, y: b.y, w: b.w, h: b.h });
  const slots = Number(d.personSlots) || 1;
  return {
    sourceDocumentID: d.document?.id ?? '',
    templateID: d.templateID.trim(),
    name: d.name.trim(),
    documentType: d.documentType,
    issuers: d.issuers.split(/[\s,、]+/).filter(Boolean),
    pageWidthMM: d.pageWidthMM.trim() === '' ? null : Number(d.pageWidthMM),
    title: d.title.trim() === '' ? null : d.title.trim(),
    titleBox: title ? rect(title) : null,
    fields: fieldBoxes(d).map((b) => ({
      key: b.key,
      kind: b.kind,
      person: b.person,
      box: rect(b),
      label: b.label.trim() === '' ? null : b.label.trim(),
    })),
    personSlots: slots,
    personStride: slots > 1 ? { x: Number(d.strideX) || 0, y: Number(d.strideY) || 0 } : null,
  };
}
