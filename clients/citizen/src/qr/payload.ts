import type { CborMap, CborValue } from './cbor';
import type { Answers } from '../navi/evaluate';

// The plaintext of the QR, keyed by small integers (issue 8 contract); empty values are left out.

export type PersonPayload = {
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birthDate: string;
  sex: 0 | 1 | 2;
  relationship: string;
  /** Empty for 日本. */
  nationality: string;
  romajiName: string;
};

export type HouseholdPayload = {
  postalCode: string;
  address: string;
  katagaki: string;
  otherAddress: string;
  otherKatagaki: string;
  movedOn: string;
  persons: PersonPayload[];
  phone: string;
};

export type QrPayload = {
  flow: string;
  made: number;
  answers: Answers;
  household?: HouseholdPayload | undefined;
};

function putText(m: CborMap, key: number, v: string) {
  const t = v.trim();
  if (t !== '') m.set(key, t);
}

function person(p: PersonPayload): CborMap {
  const m: CborMap = new Map();
  putText(m, 1, p.familyName);
  putText(m, 2, p.givenName);
  putText(m, 3, p.familyNameKana);
  putText(m, 4, p.givenNameKana);
  putText(m, 5, p.birthDate);
  if (p.sex !== 0) m.set(6, p.sex);
  putText(m, 7, p.relationship);
  putText(m, 8, p.nationality === '日本' ? '' : p.nationality);
  putText(m, 9, p.romajiName);
  return m;
}

export function payloadToCbor(p: QrPayload): CborMap {
  const m: CborMap = new Map<number | string, CborValue>([
    [1, 1],
    [2, p.flow],
    [3, p.made],
  ]);
  const answers: CborMap = new Map(Object.entries(p.answers));
  if (answers.size > 0) m.set(4, answers);
  const h = p.household;
  if (h) {
    const hm: CborMap = new Map();
    putText(hm, 1, h.postalCode);
    putText(hm, 2, h.address);
    putText(hm, 3, h.katagaki);
    putText(hm, 4, h.otherAddress);
    putText(hm, 5, h.otherKatagaki);
    putText(hm, 6, h.movedOn);
    if (h.persons.length > 0) hm.set(7, h.persons.map(person));
    putText(hm, 8, h.phone);
    if (hm.size > 0) m.set(5, hm);
  }
  return m;
}
