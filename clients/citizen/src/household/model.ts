// The household entry form as the resident types it (N-u): every field a string, dates in their parts, so that
// sessionStorage can hold an unfinished form across a reload and the idle wipe can erase it in one place.

export const eras = ['seireki', '令和', '平成', '昭和', '大正'] as const;
export type EraChoice = (typeof eras)[number];

export type DateParts = { era: EraChoice; year: string; month: string; day: string };

export type PersonForm = {
  /** Stable React key and id stem; never leaves the device. */
  key: string;
  familyName: string;
  givenName: string;
  familyNameKana: string;
  givenNameKana: string;
  birth: DateParts;
  sex: '' | '1' | '2';
  relationship: string;
  nationality: string;
  romajiName: string;
};

export type HouseholdForm = {
  postalCode: string;
  address: string;
  katagaki: string;
  otherAddress: string;
  otherKatagaki: string;
  movedOn: DateParts;
  phone: string;
  persons: PersonForm[];
  /** The postal code whose lookup filled the address, and whether it said the address is in the city. */
  postalInCity: { code: string; prefix: string; inCity: boolean } | null;
};

export const maxPersons = 8;

/** 続柄 as written on the 住民票, seen from the 世帯主 (internal/juki accepts these). */
export const relationships = [
  '妻',
  '夫',
  '子',
  '父',
  '母',
  '妻の子',
  '夫の子',
  '子の妻',
  '子の夫',
  '孫',
  '祖父',
  '祖母',
  '兄',
  '姉',
  '弟',
  '妹',
  '妻の父',
  '妻の母',
  '夫の父',
  '夫の母',
  '妻（未届）',
  '夫（未届）',
  '縁故者',
  '同居人',
] as const;

let counter = 0;
export function newPersonKey(): string {
  counter += 1;
  return `p${Date.now().toString(36)}${counter}`;
}

export function emptyDate(era: EraChoice = 'seireki'): DateParts {
  return { era, year: '', month: '', day: '' };
}

export function emptyPerson(first: boolean): PersonForm {
  return {
    key: newPersonKey(),
    familyName: '',
    givenName: '',
    familyNameKana: '',
    givenNameKana: '',
    birth: emptyDate(),
    sex: '',
    relationship: first ? '世帯主' : '',
    nationality: '日本',
    romajiName: '',
  };
}

export function emptyHousehold(): HouseholdForm {
  return {
    postalCode: '',
    address: '',
    katagaki: '',
    otherAddress: '',
    otherKatagaki: '',
    movedOn: emptyDate(),
    phone: '',
    persons: [emptyPerson(true)],
    postalInCity: null,
  };
}

export function isForeign(p: PersonForm): boolean {
  const n = p.nationality.trim();
  return n !== '' && n !== '日本' && n !== '日本国';
}
