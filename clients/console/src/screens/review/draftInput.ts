import type { NotificationDraftInput, PersonInput, ReviewDraftFragment } from '../../gql/graphql';
import { documentFieldId, personFieldId, splitName } from './ocrFields';

/** The review's corrections: field id (d.address, p0.fullName) → the value the staff typed. */
export type Edits = Readonly<Record<string, string>>;

type OcrValues = {
  documentType: string;
  fields: readonly { key: string; value: string }[];
  persons: readonly { fields: readonly { key: string; value: string }[] }[];
};

const moveOutCertificates = new Set(['moveOutCertificate', 'moveOutCertificateSpecial']);

/** Person items the server fills from an OCR key (internal/scan/draft.go), other than the names. */
type TextItem = Exclude<keyof PersonInput, 'isHeadOfHousehold'>;

const personItems: readonly [ocrKey: string, item: TextItem][] = [
  ['romanName', 'romajiName'],
  ['birthDate', 'birthDate'],
  ['sex', 'sex'],
  ['relationship', 'relationship'],
  ['residentCode', 'residentCode'],
  ['domicile', 'domicile'],
  ['domicileHead', 'domicileHead'],
  ['nationality', 'nationality'],
  ['residenceStatus', 'residenceStatus'],
  ['periodOfStay', 'periodOfStay'],
  ['periodExpiry', 'periodExpiry'],
  ['cardNumber', 'cardNumber'],
];

function changedValues(fields: readonly { key: string; value: string }[], id: (key: string) => string, edits: Edits) {
  const out = new Map<string, string>();
  for (const f of fields) {
    const v = edits[id(f.key)];
    if (v !== undefined && v !== f.value) out.set(f.key, v);
  }
  return out;
}

/** The stored draft as NotificationDraftInput, unchanged: what saveNotificationDraft needs to keep it as it is. */
export function draftInputOf(n: ReviewDraftFragment): NotificationDraftInput {
  return {
    content: {
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
      persons: n.persons.map((p) => ({
        familyName: p.familyName ?? '',
        givenName: p.givenName ?? '',
        familyNameKana: p.familyNameKana ?? '',
        givenNameKana: p.givenNameKana ?? '',
        romajiName: p.romajiName ?? '',
        commonName: p.commonName ?? '',
        birthDate: p.birthDate ?? '',
        sex: p.sex ?? '',
        relationship: p.relationship ?? '',
        isHeadOfHousehold: p.isHeadOfHousehold,
        residentCode: p.residentCode ?? '',
        // The 個人番号 comes back masked: keep the stored one (keepMyNumber) unless the review changed it.
        myNumber: '',
        nationality: p.nationality ?? '',
        domicile: p.domicile ?? '',
        domicileHead: p.domicileHead ?? '',
        residenceCategory: p.residenceCategory ?? '',
        residenceStatus: p.residenceStatus ?? '',
        periodOfStay: p.periodOfStay ?? '',
        periodExpiry: p.periodExpiry ?? '',
        cardNumber: p.cardNumber ?? '',
      })),
    },
    notifierName: n.notifierName ?? '',
    powerOfAttorney: n.powerOfAttorney,
    sourceLgCode: n.sourceLgCode ?? '',
    remarks: n.remarks ?? '',
    ...(n.office ? { office: n.office } : {}),
    keepMyNumber: n.persons.map((p) => p.hasMyNumber),
  };
}

/**
 * The draft the server made from the document, with the review's corrections put where the server put the
 * values it read (the same mapping as internal/scan/draft.go); null when nothing was corrected.
 */
export function draftInputWithEdits(n: ReviewDraftFragment, ocr: OcrValues, edits: Edits): NotificationDraftInput | null {
  const docEdits = changedValues(ocr.fields, documentFieldId, edits);
  const personEdits = ocr.persons.map((p, i) => changedValues(p.fields, (k) => personFieldId(i, k), edits));
  if (docEdits.size === 0 && personEdits.every((m) => m.size === 0)) return null;

  const input = draftInputOf(n);
  const c = input.content;
  const set = (key: string, apply: (v: string) => void) => {
    const v = docEdits.get(key);
    if (v !== undefined) apply(v);
  };
  if (moveOutCertificates.has(ocr.documentType)) {
    // The old municipality's certificate: its 住所 is the old address, its 転出先 the new one.
    set('address', (v) => (c.oldAddress = { ...c.oldAddress, line: v }));
    set('destinationAddress', (v) => (c.newAddress = { ...c.newAddress, line: v }));
    set('moveOutDate', (v) => {
      c.movedOn = v;
      c.plannedMoveOn = v;
    });
    set('headOfHousehold', (v) => {
      c.oldHeadName = v;
      c.newHeadName = v;
    });
  } else {
    set('address', (v) => (c.oldAddress = { ...c.oldAddress, line: v }));
  }

  const keep = input.keepMyNumber ? [...input.keepMyNumber] : [];
  c.persons = c.persons.map((p, i) => {
    const own = ocr.persons[i]?.fields ?? [];
    // A card's fields are the document's and describe its one person; the person's own value wins.
    const edited = (key: string): string | undefined =>
      own.some((f) => f.key === key) ? personEdits[i]?.get(key) : docEdits.get(key);
    const out: PersonInput = { ...p };
    const name = edited('fullName');
    if (name !== undefined) [out.familyName, out.givenName] = splitName(name);
    const kana = edited('fullNameKana');
    if (kana !== undefined) [out.familyNameKana, out.givenNameKana] = splitName(kana);
    for (const [key, item] of personItems) {
      const v = edited(key);
      if (v !== undefined) out[item] = v;
    }
    const myNumber = edited('myNumber');
    if (myNumber !== undefined) {
      out.myNumber = myNumber;
      keep[i] = false;
    }
    return out;
  });
  input.keepMyNumber = keep;
  return input;
}
