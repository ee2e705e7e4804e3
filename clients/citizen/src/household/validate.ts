import type { CitizenConfig, Flow } from '../api/types';
import type { Translate } from '../i18n/i18n';
import type { HouseholdPayload, PersonPayload } from '../qr/payload';
import { checkDate, isEmptyDate } from './dates';
import { type HouseholdForm, isForeign } from './model';

// The checks of the household form (N-q, N-r, N-y). Each error names its field so that the summary can link to
// it; the field ids are those the form renders.

export type FieldError = { fieldId: string; label: string; message: string };

export function postalDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^\d]/g, '');
}

const hiragana = /^[\u3041-\u3096\u309d\u309e\u30fc\s\u3000]+$/;

export function toHiragana(s: string): string {
  return s.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
}

function compact(s: string): string {
  return s.replace(/[\s\u3000]/g, '');
}

/**
 * Whether an address is in the city: the postal lookup's answer while the address still starts with what it
 * filled in, else the text starting with the city's name, with or without its prefecture.
 */
export function addressInCity(form: HouseholdForm, config: CitizenConfig): boolean {
  const a = compact(form.address);
  const p = form.postalInCity;
  if (p && p.prefix !== '' && a.startsWith(compact(p.prefix))) return p.inCity;
  const city = compact(config.name);
  const withPref = compact(config.prefecture) + city;
  return a.startsWith(withPref) || a.startsWith(city);
}

export type FieldLabels = {
  address: string;
  otherAddress: string;
  movedOn: string;
};

export function fieldLabels(flow: Flow, t: Translate): FieldLabels {
  if (flow.addressCheck === 'current') {
    return { address: t('addressCurrent'), otherAddress: t('otherAddressCurrent'), movedOn: t('movedOnCurrent') };
  }
  if (flow.addressCheck === 'new') {
    return { address: t('addressNew'), otherAddress: t('otherAddressNew'), movedOn: t('movedOnNew') };
  }
  return { address: t('addressPlain'), otherAddress: t('otherAddressNew'), movedOn: t('movedOnNew') };
}

/** Whether the flow asks for the other address and the date (転入, 転居, 転出). */
export function asksMove(flow: Flow): boolean {
  return flow.addressCheck !== 'none';
}

export function validateHousehold(
  form: HouseholdForm,
  flow: Flow,
  config: CitizenConfig,
  t: Translate,
  now = Date.now(),
): { errors: FieldError[]; payload: HouseholdPayload | null } {
  const errors: FieldError[] = [];
  const labels = fieldLabels(flow, t);
  const req = (fieldId: string, label: string, value: string, message = t('errRequired')) => {
    if (value.trim() === '') {
      errors.push({ fieldId, label, message });
      return false;
    }
    return true;
  };

  const postal = postalDigits(form.postalCode);
  if (form.postalCode.trim() !== '' && postal.length !== 7) {
    errors.push({ fieldId: 'hh-postal', label: t('postalCode'), message: t('postalInvalid') });
  }
  if (req('hh-address', labels.address, form.address) && flow.addressCheck !== 'none' && !addressInCity(form, config)) {
    errors.push({
      fieldId: 'hh-address',
      label: labels.address,
      message: t('notInCity', { city: config.name, field: labels.address }),
    });
  }
  let movedOn = '';
  if (asksMove(flow)) {
    req('hh-other', labels.otherAddress, form.otherAddress);
    if (isEmptyDate(form.movedOn)) {
      errors.push({ fieldId: 'hh-movedOn-year', label: labels.movedOn, message: t('errRequired') });
    } else {
      const d = checkDate(form.movedOn, { notFuture: false }, now);
      if ('error' in d) errors.push({ fieldId: 'hh-movedOn-year', label: labels.movedOn, message: t(d.error.key, d.error.params) });
      else movedOn = d.iso;
    }
  }

  const persons: PersonPayload[] = [];
  form.persons.forEach((p, i) => {
    const n = i + 1;
    const id = (f: string) => `person-${n}-${f}`;
    const who = (label: string) => `${t('personN', { n })} ${label}`;
    const foreign = isForeign(p);
    req(id('familyName'), who(t('familyName')), p.familyName);
    req(id('givenName'), who(t('givenName')), p.givenName);
    for (const [field, label] of [
      ['familyNameKana', t('familyNameKana')],
      ['givenNameKana', t('givenNameKana')],
    ] as const) {
      const v = p[field];
      if (v.trim() === '') {
        if (!foreign) errors.push({ fieldId: id(field), label: who(label), message: t('errRequired') });
      } else if (!hiragana.test(toHiragana(v))) {
        errors.push({ fieldId: id(field), label: who(label), message: t('kanaInvalid') });
      }
    }
    let birth = '';
    if (isEmptyDate(p.birth)) {
      errors.push({ fieldId: id('birth-year'), label: who(t('birthDate')), message: t('errRequired') });
    } else {
      const d = checkDate(p.birth, { notFuture: true }, now);
      if ('error' in d) errors.push({ fieldId: id('birth-year'), label: who(t('birthDate')), message: t(d.error.key, d.error.params) });
      else birth = d.iso;
    }
    if (p.sex === '') errors.push({ fieldId: id('sex-1'), label: who(t('sex')), message: t('errChoose') });
    if (i > 0) req(id('relationship'), who(t('relationship')), p.relationship, t('errChoose'));
    req(id('nationality'), who(t('nationality')), p.nationality);
    if (foreign) req(id('romajiName'), who(t('romajiName')), p.romajiName);
    persons.push({
      familyName: p.familyName.trim(),
      givenName: p.givenName.trim(),
      familyNameKana: toHiragana(p.familyNameKana.trim()),
      givenNameKana: toHiragana(p.givenNameKana.trim()),
      birthDate: birth,
      sex: p.sex === '1' ? 1 : p.sex === '2' ? 2 : 0,
      relationship: i === 0 ? '世帯主' : p.relationship,
      nationality: foreign ? p.nationality.trim() : '',
      romajiName: foreign ? p.romajiName.trim() : '',
    });
  });

  if (errors.length > 0) return { errors, payload: null };
  return {
    errors,
    payload: {
      postalCode: postal,
      address: form.address.trim(),
      katagaki: form.katagaki.trim(),
      otherAddress: asksMove(flow) ? form.otherAddress.trim() : '',
      otherKatagaki: asksMove(flow) ? form.otherKatagaki.trim() : '',
      movedOn,
      persons,
      phone: form.phone.trim(),
    },
  };
}
