import { useRef, useState } from 'react';
import { ApiError, api } from '../api/client';
import type { CitizenConfig, Flow, PostalEntry } from '../api/types';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/Field';
import { useFocusHeading } from '../components/useFocusHeading';
import { DateField } from '../household/DateField';
import { type HouseholdForm, emptyHousehold, emptyPerson, maxPersons } from '../household/model';
import { PersonFields } from '../household/PersonFields';
import { type FieldError, asksMove, fieldLabels, postalDigits, validateHousehold } from '../household/validate';
import { useI18n } from '../i18n/i18n';
import { type Answers, visibleAnswers } from '../navi/evaluate';
import { makeCode } from '../qr/code';
import type { MadeQr } from '../session/state';

type Props = {
  config: CitizenConfig;
  flow: Flow;
  answers: Answers;
  household: HouseholdForm | null;
  /** Applies an update to the latest form, so that updates in one event (IME end, input) never overwrite each other. */
  onChange: (update: (h: HouseholdForm | null) => HouseholdForm) => void;
  onBack: () => void;
  onMade: (qr: MadeQr) => void;
};

// Alphanumeric capacity of a version-40 QR code at level M; a longer code cannot be drawn at all.
const maxCodeLength = 3391;

const softMessages = (m: string, t: (k: 'errRequired' | 'errChoose') => string) => m !== t('errRequired') && m !== t('errChoose');

/** The household's 4 情報 before the visit (N-u), turned into an encrypted QR code in the browser (N-t, N-v). */
export default function HouseholdScreen({ config, flow, answers, household, onChange, onBack, onMade }: Props) {
  const { t } = useI18n();
  const heading = useFocusHeading<HTMLHeadingElement>('household');
  const [fallback] = useState(emptyHousehold);
  const form = household ?? fallback;
  const labels = fieldLabels(flow, t);
  const [attempted, setAttempted] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [postal, setPostal] = useState<{ message: string; candidates: PostalEntry[] }>({ message: '', candidates: [] });
  const [announce, setAnnounce] = useState('');
  const [making, setMaking] = useState(false);
  const [failure, setFailure] = useState('');
  const summaryRef = useRef<HTMLDivElement>(null);

  const set = (update: (h: HouseholdForm) => HouseholdForm) => {
    onChange((h) => update(h ?? fallback));
  };
  const touch = (fieldId: string) => { setTouched((s) => (s.has(fieldId) ? s : new Set(s).add(fieldId))); };

  const live = validateHousehold(form, flow, config, t).errors;
  const errorOf = (fieldId: string): string | undefined => {
    const e = live.find((x) => x.fieldId === fieldId);
    if (!e) return undefined;
    if (attempted) return e.message;
    // Before the first try only what is wrong (an impossible date, an address outside the city) shows, not what is missing.
    return touched.has(fieldId) && softMessages(e.message, t) ? e.message : undefined;
  };

  const fillFrom = (entry: PostalEntry) => {
    const prefix = `${entry.prefecture}${entry.city}${entry.town}`;
    set((h) => ({
      ...h,
      address: h.address.startsWith(prefix) ? h.address : prefix,
      postalInCity: { code: entry.postalCode, prefix, inCity: entry.inCity },
    }));
    setPostal({ message: t('postalFound'), candidates: [] });
    touch('hh-address');
  };

  const lookUp = async (raw: string) => {
    const code = postalDigits(raw);
    if (code.length !== 7) {
      setPostal({ message: t('postalInvalid'), candidates: [] });
      return;
    }
    try {
      const { entries } = await api.postal(config.lgCode, code);
      const [first, ...rest] = entries;
      if (!first) setPostal({ message: t('postalNotFound'), candidates: [] });
      else if (rest.length === 0) fillFrom(first);
      else setPostal({ message: t('postalChoose'), candidates: entries });
    } catch (err) {
      setPostal({ message: err instanceof ApiError && err.status === 404 ? t('postalNotFound') : t('postalNotFound'), candidates: [] });
    }
  };

  const addPerson = () => {
    if (form.persons.length >= maxPersons) return;
    const n = form.persons.length + 1;
    set((h) => ({ ...h, persons: [...h.persons, emptyPerson(false)] }));
    setAnnounce(t('personAdded', { n }));
    window.setTimeout(() => document.getElementById(`person-${n}-familyName`)?.focus(), 0);
  };
  const removePerson = (index: number) => {
    set((h) => ({ ...h, persons: h.persons.filter((_, i) => i !== index) }));
    setAnnounce(t('personRemoved', { n: index + 1 }));
    window.setTimeout(() => document.getElementById('add-person')?.focus(), 0);
  };

  const submit = async () => {
    setAttempted(true);
    setFailure('');
    const { payload } = validateHousehold(form, flow, config, t);
    if (!payload) {
      window.setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setMaking(true);
    try {
      const answersNow = visibleAnswers(flow, answers);
      const made = await makeCode(
        { flow: flow.id, answers: answersNow, household: payload },
        config.qrKey,
        config.codeValidDays || 30,
      );
      if (made.code.length > maxCodeLength) {
        setFailure(t('qrTooLarge'));
        return;
      }
      onMade({ code: made.code, expiresAt: made.expiresAt.toISOString(), flowId: flow.id, answers: answersNow });
    } catch {
      setFailure(t('qrFailed'));
    } finally {
      setMaking(false);
    }
  };

  const shownSummary: FieldError[] = attempted ? live : [];

  return (
    <form
      noValidate
      className="flex flex-col gap-8"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="flex flex-col gap-2">
        <h1 ref={heading} tabIndex={-1} className="text-std-28B-150 md:text-std-32B-150">
          {t('householdTitle')}
        </h1>
        <p>{t('householdLead')}</p>
        <p className="text-std-16N-170">{t('householdHint')}</p>
      </div>

      <ErrorSummary ref={summaryRef} title={t('errorSummaryTitle', { n: shownSummary.length })} items={shownSummary} />

      <section aria-labelledby="sec-address" className="flex flex-col gap-5">
        <h2 id="sec-address" className="border-b-2 border-theme pb-1 text-std-24B-150">
          {t('addressSection')}
        </h2>
        <TextField
          id="hh-postal"
          label={t('postalCode')}
          required={false}
          hint={t('postalHint')}
          inputMode="numeric"
          autoComplete="postal-code"
          widthClass="w-48"
          maxLength={8}
          value={form.postalCode}
          error={errorOf('hh-postal')}
          onChange={(e) => {
            const v = e.target.value;
            set((h) => ({ ...h, postalCode: v }));
            if (postalDigits(v).length === 7) void lookUp(v);
          }}
          onBlur={() => { touch('hh-postal'); }}
          after={
            <Button variant="outline" size="md" onClick={() => void lookUp(form.postalCode)}>
              {t('postalLookup')}
            </Button>
          }
        />
        <div role="status" className="text-std-16B-170">
          {postal.message}
        </div>
        {postal.candidates.length > 0 ? (
          <ul className="flex flex-col gap-2" aria-label={t('postalChoose')}>
            {postal.candidates.map((c) => (
              <li key={`${c.postalCode}${c.city}${c.town}`}>
                <Button variant="outline" size="md" onClick={() => { fillFrom(c); }}>
                  {c.prefecture}
                  {c.city}
                  {c.town}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        <TextField
          id="hh-address"
          label={labels.address}
          required
          hint={t('addressHint')}
          autoComplete="off"
          value={form.address}
          error={errorOf('hh-address')}
          onChange={(e) => {
            const v = e.target.value;
            set((h) => ({ ...h, address: v }));
          }}
          onBlur={() => { touch('hh-address'); }}
        />
        <TextField
          id="hh-katagaki"
          label={t('katagaki')}
          required={false}
          autoComplete="off"
          value={form.katagaki}
          onChange={(e) => {
            const v = e.target.value;
            set((h) => ({ ...h, katagaki: v }));
          }}
        />
        {asksMove(flow) ? (
          <>
            <TextField
              id="hh-other"
              label={labels.otherAddress}
              required
              autoComplete="off"
              value={form.otherAddress}
              error={errorOf('hh-other')}
              onChange={(e) => {
                const v = e.target.value;
                set((h) => ({ ...h, otherAddress: v }));
              }}
            />
            <TextField
              id="hh-otherKatagaki"
              label={flow.addressCheck === 'current' ? t('otherKatagakiCurrent') : t('otherKatagakiNew')}
              required={false}
              autoComplete="off"
              value={form.otherKatagaki}
              onChange={(e) => {
                const v = e.target.value;
                set((h) => ({ ...h, otherKatagaki: v }));
              }}
            />
            <DateField
              id="hh-movedOn"
              legend={labels.movedOn}
              required
              value={form.movedOn}
              error={errorOf('hh-movedOn-year')}
              onChange={(movedOn) => { set((h) => ({ ...h, movedOn })); }}
              onBlur={() => { touch('hh-movedOn-year'); }}
            />
          </>
        ) : null}
        <TextField
          id="hh-phone"
          label={t('phoneLabel')}
          required={false}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          widthClass="w-full md:w-80"
          value={form.phone}
          onChange={(e) => {
            const v = e.target.value;
            set((h) => ({ ...h, phone: v }));
          }}
        />
      </section>

      <section aria-labelledby="sec-persons" className="flex flex-col gap-5">
        <h2 id="sec-persons" className="border-b-2 border-theme pb-1 text-std-24B-150">
          {t('personsSection')}
        </h2>
        {form.persons.map((p, i) => (
          <section
            key={p.key}
            aria-labelledby={`person-${i + 1}-title`}
            className="flex flex-col gap-4 rounded-12 border-2 border-solid-gray-600 p-4 md:p-6"
            data-person={i + 1}
          >
            <div className="flex flex-wrap items-center justify-between gap-3">
              <h3 id={`person-${i + 1}-title`} className="text-std-22B-150">
                {i === 0 ? t('personHead', { n: i + 1 }) : t('personN', { n: i + 1 })}
              </h3>
              {i > 0 ? (
                <Button variant="outline" size="md" onClick={() => { removePerson(i); }}>
                  {t('removePerson', { n: i + 1 })}
                </Button>
              ) : null}
            </div>
            <PersonFields
              lg={config.lgCode}
              index={i}
              person={p}
              update={(u) => { set((h) => ({ ...h, persons: h.persons.map((x) => (x.key === p.key ? u(x) : x)) })); }}
              errorOf={errorOf}
              touch={touch}
            />
          </section>
        ))}
        <div className="flex flex-col items-start gap-2">
          {form.persons.length < maxPersons ? (
            <Button id="add-person" variant="outline" size="lg" onClick={addPerson}>
              <span aria-hidden="true">＋</span> {t('addPerson')}
            </Button>
          ) : (
            <p id="add-person" tabIndex={-1}>
              {t('maxPersons', { n: maxPersons })}
            </p>
          )}
          <p role="status" className="sr-only">
            {announce}
          </p>
        </div>
      </section>

      {failure ? (
        <p role="alert" className="rounded-8 border-4 border-error-1 p-4 text-std-17B-170 text-red-1100">
          {failure}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" variant="solid-fill" size="lg" aria-disabled={making}>
          {making ? t('makingQr') : t('makeQr')}
        </Button>
        <Button variant="outline" size="lg" onClick={onBack}>
          <span aria-hidden="true">←</span> {t('back')}
        </Button>
      </div>
    </form>
  );
}
