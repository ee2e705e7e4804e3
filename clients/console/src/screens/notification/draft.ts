import type { EditorNotificationFragment, NotificationDraftInput, PersonInput } from '../../gql/graphql';

// The editor's own model of a 届出: every box as the text staff typed, plus what the screen needs to keep
// (a stable key per person, the Japanese/foreign switch, whether a 個人番号 is on file).

export type AddressDraft = { line: string; katagaki: string };

/** Person fields that are plain text boxes, by their NotificationInput name. */
export const personTextFields = [
  'familyName',
  'givenName',
  'familyNameKana',
  'givenNameKana',
  'romajiName',
  'commonName',
  'birthDate',
  'sex',
  'relationship',
  'residentCode',
  'nationality',
  'domicile',
  'domicileHead',
  'residenceCategory',
  'residenceStatus',
  'periodOfStay',
  'periodExpiry',
  'cardNumber',
] as const;
export type PersonTextField = (typeof personTextFields)[number];

export function isPersonTextField(f: string): f is PersonTextField {
  return (personTextFields as readonly string[]).includes(f);
}

/** K-c: the 戸籍 items exist only for Japanese nationals, the 30条の45 items and 通称 only for foreigners. */
export const japaneseOnlyFields: readonly PersonTextField[] = ['domicile', 'domicileHead'];
export const foreignOnlyFields: readonly PersonTextField[] = [
  'romajiName',
  'commonName',
  'nationality',
  'residenceCategory',
  'residenceStatus',
  'periodOfStay',
  'periodExpiry',
  'cardNumber',
];

export type PersonDraft = { [K in PersonTextField]: string } & {
  /** Stable across reordering; React key and the anchor of issues and OCR markers. */
  key: string;
  foreign: boolean;
  isHeadOfHousehold: boolean;
  /** A new 個人番号 typed here; empty keeps the stored one (never written to localStorage). */
  myNumber: string;
  /** The server holds a 個人番号 for the person at storedPosition. */
  hasStoredMyNumber: boolean;
  /**
   * Position of this person on the server at the last load or save; null for a person added since. Sent as
   * previousPositions, so that the stored 個人番号 and office entries follow the person when rows move.
   */
  storedPosition: number | null;
  /** The server's id of the person's row at the last load or save (to unmask the 個人番号 of that row only). */
  serverId: string | null;
  /**
   * The server no longer holds this person's 個人番号 although it did (a removal undone after the save went out,
   * or a local copy of an older version restored): staff must type it again.
   */
  myNumberReentry: boolean;
};

export const officeKeys = [
  ['myNumberCard', 'マイナンバーカード'],
  ['healthInsurance', '国保'],
  ['lateElderly', '後期高齢'],
  ['longTermCare', '介護'],
  ['pension', '年金'],
  ['childAllowance', '児童手当'],
  ['election', '選挙'],
  ['sealRegistry', '印鑑'],
  ['school', '就学'],
] as const;

export type Draft = {
  reason: string;
  notifiedOn: string;
  movedOn: string;
  plannedMoveOn: string;
  newAddress: AddressDraft;
  oldAddress: AddressDraft;
  destination: AddressDraft;
  newHeadName: string;
  oldHeadName: string;
  notifier: string;
  notifierName: string;
  powerOfAttorney: boolean;
  sourceLgCode: string;
  remarks: string;
  office: Record<string, string>;
  persons: PersonDraft[];
};

export const residenceCategories = ['中長期在留者', '特別永住者', '一時庇護許可者', '仮滞在許可者', '経過滞在者'] as const;

let keySeq = 0;
export function newPersonKey(): string {
  keySeq += 1;
  return `p${Date.now().toString(36)}${keySeq}`;
}

export function isJapaneseNationality(s: string): boolean {
  const t = s.trim();
  return t === '' || t === '日本' || t === '日本国';
}

export function emptyPerson(): PersonDraft {
  const p = Object.fromEntries(personTextFields.map((f) => [f, ''])) as { [K in PersonTextField]: string };
  return {
    ...p,
    key: newPersonKey(),
    foreign: false,
    isHeadOfHousehold: false,
    myNumber: '',
    hasStoredMyNumber: false,
    storedPosition: null,
    serverId: null,
    myNumberReentry: false,
  };
}

type ServerPerson = EditorNotificationFragment['persons'][number];

function personFromServer(p: ServerPerson): PersonDraft {
  const text = Object.fromEntries(personTextFields.map((f) => [f, p[f] ?? ''])) as { [K in PersonTextField]: string };
  const foreign = !isJapaneseNationality(text.nationality) || foreignOnlyFields.some((f) => f !== 'nationality' && text[f] !== '');
  return {
    ...text,
    key: `s${p.id}`,
    foreign,
    isHeadOfHousehold: p.isHeadOfHousehold,
    myNumber: '',
    hasStoredMyNumber: p.hasMyNumber,
    storedPosition: p.position,
    serverId: p.id,
    myNumberReentry: false,
  };
}

function officeFromServer(office: Record<string, unknown> | null | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(office ?? {})) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

export function draftFromServer(n: EditorNotificationFragment): Draft {
  return {
    reason: n.reason,
    notifiedOn: n.notifiedOn ?? '',
    movedOn: n.movedOn ?? '',
    plannedMoveOn: n.plannedMoveOn ?? '',
    newAddress: { line: n.newAddress ?? '', katagaki: n.newKatagaki ?? '' },
    oldAddress: { line: n.oldAddress ?? '', katagaki: n.oldKatagaki ?? '' },
    destination: { line: n.destination ?? '', katagaki: n.destinationKatagaki ?? '' },
    newHeadName: n.newHeadName ?? '',
    oldHeadName: n.oldHeadName ?? '',
    notifier: n.notifier ?? '',
    notifierName: n.notifierName ?? '',
    powerOfAttorney: n.powerOfAttorney,
    sourceLgCode: n.sourceLgCode ?? '',
    remarks: n.remarks ?? '',
    office: officeFromServer(n.office),
    persons: [...n.persons].sort((a, b) => a.position - b.position).map(personFromServer),
  };
}

/** Whether a person's field is sent: the other kind's fields stay in the editor (nothing lost) but not on the form. */
export function fieldOfKind(p: Pick<PersonDraft, 'foreign'>, f: PersonTextField): boolean {
  return p.foreign ? !japaneseOnlyFields.includes(f) : !foreignOnlyFields.includes(f);
}

/**
 * The person's stored 個人番号 stays on file: nothing new typed, and the row it is stored with is known. The number
 * follows the person to any row (previousPositions).
 */
export function keepsStoredMyNumber(p: PersonDraft): boolean {
  return p.hasStoredMyNumber && p.myNumber.trim() === '' && p.storedPosition !== null;
}

/** The number must be typed again (see PersonDraft.myNumberReentry). */
export function myNumberLost(p: PersonDraft): boolean {
  return p.myNumberReentry && !p.hasStoredMyNumber && p.myNumber.trim() === '';
}

/**
 * A draft whose positions refer to another version of the 届出 (a local copy of an older version): only persons
 * still known under the same key keep their stored rows; the others are new rows, and a 個人番号 they had is asked
 * again rather than taken from whoever now holds their old position.
 */
export function rebaseStored(d: Draft, current: Draft): Draft {
  const byKey = new Map(current.persons.map((p) => [p.key, p]));
  return {
    ...d,
    persons: d.persons.map((p) => {
      const c = byKey.get(p.key);
      if (c) return { ...p, hasStoredMyNumber: c.hasStoredMyNumber, storedPosition: c.storedPosition, serverId: c.serverId };
      return {
        ...p,
        hasStoredMyNumber: false,
        storedPosition: null,
        serverId: null,
        myNumberReentry: p.myNumberReentry || p.hasStoredMyNumber,
      };
    }),
  };
}

export function toInput(d: Draft): NotificationDraftInput {
  const persons: PersonInput[] = d.persons.map((p) => {
    const out: PersonInput = { isHeadOfHousehold: p.isHeadOfHousehold, myNumber: p.myNumber.trim() };
    for (const f of personTextFields) out[f] = fieldOfKind(p, f) ? p[f] : '';
    return out;
  });
  const office: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d.office)) if (v.trim() !== '') office[k] = v;
  return {
    content: {
      reason: d.reason,
      notifiedOn: d.notifiedOn,
      movedOn: d.movedOn,
      plannedMoveOn: d.plannedMoveOn,
      newAddress: d.newAddress,
      oldAddress: d.oldAddress,
      destination: d.destination,
      newHeadName: d.newHeadName,
      oldHeadName: d.oldHeadName,
      notifier: d.notifier,
      persons,
    },
    notifierName: d.notifierName,
    powerOfAttorney: d.powerOfAttorney,
    sourceLgCode: d.sourceLgCode,
    remarks: d.remarks,
    office,
    keepMyNumber: d.persons.map((p) => keepsStoredMyNumber(p)),
    // Always sent: the server then matches each row to the stored person it was, whatever moved or was removed.
    previousPositions: d.persons.map((p) => p.storedPosition ?? -1),
  };
}

// ---- field paths, ids and labels ----

export const notificationFieldLabels: Record<string, string> = {
  reason: '異動事由',
  notifiedOn: '届出日',
  movedOn: '異動日',
  plannedMoveOn: '転出予定日',
  newAddress: '新住所',
  'newAddress.line': '新住所',
  'newAddress.katagaki': '新住所の方書',
  oldAddress: '旧住所',
  'oldAddress.line': '旧住所',
  'oldAddress.katagaki': '旧住所の方書',
  destination: '転出先',
  'destination.line': '転出先',
  'destination.katagaki': '転出先の方書',
  newHeadName: '新世帯主',
  oldHeadName: '旧世帯主',
  notifier: '届出人',
  notifierName: '届出人の氏名',
  powerOfAttorney: '委任状',
  sourceLgCode: '転出元の団体コード',
  remarks: '備考',
  persons: '異動者',
  receiptNumber: '確認番号',
};

export const personFieldLabels: Record<string, string> = {
  familyName: '氏',
  givenName: '名',
  familyNameKana: '氏のふりがな',
  givenNameKana: '名のふりがな',
  romajiName: 'ローマ字氏名',
  commonName: '通称',
  birthDate: '生年月日',
  sex: '性別',
  relationship: '続柄',
  isHeadOfHousehold: '世帯主',
  residentCode: '住民票コード',
  myNumber: '個人番号',
  nationality: '国籍・地域',
  domicile: '本籍',
  domicileHead: '筆頭者',
  residenceCategory: '30条の45区分',
  residenceStatus: '在留資格',
  periodOfStay: '在留期間',
  periodExpiry: '在留期間の満了日',
  cardNumber: '在留カード等番号',
};

/** The id of the input for a path of the form (persons.0.familyName → f-persons-0-familyName). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** 「2人目の氏」, 「新住所」. */
export function pathLabel(path: string): string {
  const m = /^persons\.(\d+)\.(\w+)$/.exec(path);
  if (m) return `${Number(m[1]) + 1}人目の${personFieldLabels[m[2] ?? ''] ?? m[2] ?? ''}`;
  if (path.startsWith('office.')) {
    const key = path.slice('office.'.length);
    return officeKeys.find(([k]) => k === key)?.[1] ?? '事務処理欄';
  }
  return notificationFieldLabels[path] ?? path;
}

// ---- the local copy (nothing lost across a crash or reload) ----

const localPrefix = 'kakanai:notification-draft:';

export function localKey(id: string, version: number): string {
  return `${localPrefix}${id}:${version}`;
}

type StoredPerson = Omit<PersonDraft, 'myNumber'>;
export type LocalCopy = { id: string; version: number; savedAt: string; draft: Draft };

function storable(d: Draft): Omit<Draft, 'persons'> & { persons: StoredPerson[] } {
  // The 個人番号 is 特定個人情報: it never goes to localStorage. A number typed and not yet saved is asked again.
  return {
    ...d,
    persons: d.persons.map((p) => {
      const rest: Partial<PersonDraft> = { ...p };
      delete rest.myNumber;
      return rest as StoredPerson;
    }),
  };
}

export function writeLocalCopy(id: string, version: number, d: Draft): void {
  try {
    const copy = { id, version, savedAt: new Date().toISOString(), draft: storable(d) };
    localStorage.setItem(localKey(id, version), JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the server-side autosave still keeps the work.
  }
}

export function removeLocalCopies(id: string, upToVersion: number): void {
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(`${localPrefix}${id}:`)) continue;
      const v = Number(key.slice(`${localPrefix}${id}:`.length));
      if (Number.isFinite(v) && v <= upToVersion) localStorage.removeItem(key);
    }
  } catch {
    // see writeLocalCopy
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

function addressOf(v: unknown): AddressDraft {
  return isRecord(v) ? { line: str(v['line']), katagaki: str(v['katagaki']) } : { line: '', katagaki: '' };
}

/** Reads a stored copy defensively: it may come from an older release of the console. */
function parseDraft(v: unknown): Draft | null {
  if (!isRecord(v) || !Array.isArray(v['persons'])) return null;
  const persons: PersonDraft[] = v['persons'].filter(isRecord).map((p) => {
    const base = emptyPerson();
    for (const f of personTextFields) base[f] = str(p[f]);
    return {
      ...base,
      key: str(p['key']) || base.key,
      foreign: p['foreign'] === true,
      isHeadOfHousehold: p['isHeadOfHousehold'] === true,
      hasStoredMyNumber: p['hasStoredMyNumber'] === true,
      storedPosition: typeof p['storedPosition'] === 'number' ? p['storedPosition'] : null,
      serverId: typeof p['serverId'] === 'string' ? p['serverId'] : null,
      myNumberReentry: p['myNumberReentry'] === true,
    };
  });
  const office: Record<string, string> = {};
  if (isRecord(v['office'])) for (const [k, val] of Object.entries(v['office'])) office[k] = str(val);
  return {
    reason: str(v['reason']),
    notifiedOn: str(v['notifiedOn']),
    movedOn: str(v['movedOn']),
    plannedMoveOn: str(v['plannedMoveOn']),
    newAddress: addressOf(v['newAddress']),
    oldAddress: addressOf(v['oldAddress']),
    destination: addressOf(v['destination']),
    newHeadName: str(v['newHeadName']),
    oldHeadName: str(v['oldHeadName']),
    notifier: str(v['notifier']),
    notifierName: str(v['notifierName']),
    powerOfAttorney: v['powerOfAttorney'] === true,
    sourceLgCode: str(v['sourceLgCode']),
    remarks: str(v['remarks']),
    office,
    persons,
  };
}

/** Every local copy of a 届出, newest version first. */
export function readLocalCopies(id: string): LocalCopy[] {
  const out: LocalCopy[] = [];
  try {
    for (const key of Object.keys(localStorage)) {
      if (!key.startsWith(`${localPrefix}${id}:`)) continue;
      const raw = localStorage.getItem(key);
      if (!raw) continue;
      const parsed: unknown = JSON.parse(raw);
      if (!isRecord(parsed) || typeof parsed['version'] !== 'number') continue;
      const draft = parseDraft(parsed['draft']);
      if (!draft) continue;
      out.push({ id, version: parsed['version'], savedAt: str(parsed['savedAt']), draft });
    }
  } catch {
    return out;
  }
  return out.sort((a, b) => b.version - a.version);
}

/**
 * Same content as far as the form goes (keys, the switch and the 個人番号 aside, which a local copy never holds):
 * used to drop copies that were saved after all (e.g. by the save sent while the page closed).
 */
export function sameContent(a: Draft, b: Draft): boolean {
  const comparable = (d: Draft) => {
    const input = toInput(d);
    delete input.keepMyNumber;
    delete input.previousPositions;
    return JSON.stringify({ ...input, content: { ...input.content, persons: input.content.persons.map((p) => ({ ...p, myNumber: '' })) } });
  };
  return comparable(a) === comparable(b);
}
