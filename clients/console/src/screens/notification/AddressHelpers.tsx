import { useId, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { Disclosure } from '../../components/Disclosure';
import { ErrorText } from '../../components/ErrorText';
import { Input } from '../../components/Input';
import { Label } from '../../components/Label';
import { NormalizeAddressQuery, PlaceSearchQuery, PlacesQuery, PostalCodeQuery } from './documents';
import { useDebounced } from './useDebounced';

const selectStyle =
  'h-12 w-full rounded-8 border border-solid-gray-600 bg-white px-3 text-oln-16N-100 text-solid-gray-800 hover:border-black';

type PickProps = {
  /** What the address is, for the names of the controls (「新住所」). */
  label: string;
  /** Called with the address text up to the 町域, to replace the input's value. */
  onPick: (address: string) => void;
  disabled?: boolean;
};

/** 郵便番号 → 住所 (N-o): one match fills the address, several are offered as buttons. */
export const PostalLookup = ({ label, onPick, disabled = false }: PickProps) => {
  const id = useId();
  const client = useClient();
  const [code, setCode] = useState('');
  const [message, setMessage] = useState('');
  const [choices, setChoices] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const lookUp = async () => {
    if (disabled || busy) return;
    setChoices([]);
    if (code.replace(/[^0-9０-９]/g, '').length !== 7) {
      setMessage('郵便番号を7桁で入力してください。');
      return;
    }
    setBusy(true);
    const r = await client.query(PostalCodeQuery, { code }).toPromise();
    setBusy(false);
    if (r.error) {
      setMessage(apiErrors(r.error)[0]?.message ?? '');
      return;
    }
    const list = [...new Set((r.data?.postalCode ?? []).map((e) => e.address))];
    if (list.length === 0) {
      setMessage('この郵便番号の住所は見つかりませんでした。');
      return;
    }
    setMessage('');
    if (list.length === 1 && list[0] !== undefined) {
      onPick(list[0]);
      return;
    }
    setChoices(list);
  };

  return (
    <div className="flex flex-col gap-1">
      <Label htmlFor={`${id}-postal`} size="sm">
        {label}の郵便番号
      </Label>
      <div className="flex flex-wrap items-center gap-2">
        <Input
          id={`${id}-postal`}
          blockSize="sm"
          className="!w-36"
          inputMode="numeric"
          autoComplete="off"
          value={code}
          readOnly={disabled}
          isError={Boolean(message)}
          aria-describedby={message ? `${id}-postal-error` : undefined}
          onChange={(e) => {
            setCode(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void lookUp();
            }
          }}
        />
        <Button variant="outline" size="sm" aria-disabled={disabled || busy || undefined} onClick={() => void lookUp()}>
          郵便番号から住所を入力
        </Button>
      </div>
      {message && <ErrorText id={`${id}-postal-error`}>{message}</ErrorText>}
      {choices.length > 0 && (
        <ul aria-label={`${label}の候補`} className="flex flex-wrap gap-2">
          {choices.map((a) => (
            <li key={a}>
              <Button
                variant="outline"
                size="sm"
                onClick={() => {
                  onPick(a);
                  setChoices([]);
                }}
              >
                {a}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
};

/**
 * 都道府県 → 市区町村 → 町域・大字 lists for when the reading is unknown (K-i), and the search by the first kana
 * of each level (K-j: ふ,お,お → 福岡県小郡市小郡). The lists load only while the disclosure is open.
 */
export const PlacePicker = ({ label, onPick, disabled = false }: PickProps) => {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [prefecture, setPrefecture] = useState('');
  const [lgCode, setLgCode] = useState('');
  const [initials, setInitials] = useState('');
  const settledInitials = useDebounced(initials.trim(), 300);

  const [prefs] = useQuery({ query: PlacesQuery, variables: {}, pause: !open });
  const [munis] = useQuery({ query: PlacesQuery, variables: { prefecture }, pause: !open || prefecture === '' });
  const [towns] = useQuery({ query: PlacesQuery, variables: { lgCode }, pause: !open || lgCode === '' });
  const [found] = useQuery({
    query: PlaceSearchQuery,
    variables: { initials: settledInitials },
    pause: !open || settledInitials === '',
  });
  const foundError = found.error ? (apiErrors(found.error)[0]?.message ?? '') : '';

  return (
    <Disclosure summary={`${label}を一覧・頭文字から選ぶ`} onOpenChange={setOpen}>
      <div className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 bg-white p-4">
        <div className="grid gap-3 md:grid-cols-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-pref`} size="sm">
              都道府県
            </Label>
            <select
              id={`${id}-pref`}
              className={selectStyle}
              value={prefecture}
              aria-disabled={disabled || undefined}
              onChange={(e) => {
                if (disabled) return;
                const v = e.currentTarget.value;
                setPrefecture(v);
                setLgCode('');
                if (v) onPick(v);
              }}
            >
              <option value="">選択してください</option>
              {(prefs.data?.places ?? []).map((p) => (
                <option key={p.lgCode} value={p.prefecture}>
                  {p.prefecture}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-muni`} size="sm">
              市区町村
            </Label>
            <select
              id={`${id}-muni`}
              className={selectStyle}
              value={lgCode}
              aria-disabled={disabled || prefecture === '' || undefined}
              onChange={(e) => {
                if (disabled) return;
                const v = e.currentTarget.value;
                setLgCode(v);
                const place = munis.data?.places.find((p) => p.lgCode === v);
                if (place) onPick(place.address);
              }}
            >
              <option value="">{prefecture === '' ? '先に都道府県を選択' : '選択してください'}</option>
              {(munis.data?.places ?? []).map((p) => (
                <option key={p.lgCode} value={p.lgCode}>
                  {p.city}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor={`${id}-town`} size="sm">
              大字・町丁目
            </Label>
            <select
              id={`${id}-town`}
              className={selectStyle}
              value=""
              aria-disabled={disabled || lgCode === '' || undefined}
              onChange={(e) => {
                if (disabled) return;
                const v = e.currentTarget.value;
                if (v) onPick(v);
              }}
            >
              <option value="">{lgCode === '' ? '先に市区町村を選択' : '選択してください'}</option>
              {(towns.data?.places ?? []).map((p) => (
                <option key={p.address} value={p.address}>
                  {p.town}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor={`${id}-initials`} size="sm">
            頭文字で探す
          </Label>
          <p id={`${id}-initials-support`} className="text-std-16N-170 text-solid-gray-700">
            都道府県・市区町村・町域の読みの最初の字（または読み）を「,」で区切って入力（例: ふくおか,お,お → 福岡県小郡市小郡 など）。
          </p>
          <Input
            id={`${id}-initials`}
            blockSize="sm"
            className="!w-48"
            autoComplete="off"
            value={initials}
            readOnly={disabled}
            isError={Boolean(foundError)}
            aria-describedby={`${id}-initials-support${foundError ? ` ${id}-initials-error` : ''}`}
            onChange={(e) => {
              setInitials(e.currentTarget.value);
            }}
          />
          {foundError && <ErrorText id={`${id}-initials-error`}>{foundError}</ErrorText>}
          <p role="status" className="text-std-16N-170">
            {settledInitials !== '' && found.data ? `${found.data.placeSearch.length}件の候補` : ''}
          </p>
          {(found.data?.placeSearch ?? []).length > 0 && settledInitials !== '' && (
            <ul aria-label="頭文字の候補" className="flex max-h-64 flex-wrap gap-2 overflow-auto">
              {(found.data?.placeSearch ?? []).map((p) => (
                <li key={`${p.lgCode}:${p.address}`}>
                  <Button
                    variant="outline"
                    size="sm"
                    aria-disabled={disabled || undefined}
                    onClick={() => {
                      onPick(p.address);
                    }}
                  >
                    {p.address}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </Disclosure>
  );
};

/** Normalises an address on blur and offers the canonical form as a suggestion, never rewriting by itself. */
export function useAddressSuggestion() {
  const client = useClient();
  const [suggestion, setSuggestion] = useState<{ from: string; text: string; warnings: string[] } | null>(null);
  const check = async (text: string) => {
    const t = text.trim();
    if (t === '') {
      setSuggestion(null);
      return;
    }
    const r = await client.query(NormalizeAddressQuery, { text: t }).toPromise();
    const n = r.data?.normalizeAddress;
    if (!n || n.text === t) {
      setSuggestion(n && (n.warnings ?? []).length > 0 ? { from: t, text: n.text, warnings: n.warnings ?? [] } : null);
      return;
    }
    setSuggestion({ from: t, text: n.text, warnings: n.warnings ?? [] });
  };
  return {
    suggestion,
    check,
    clear: () => {
      setSuggestion(null);
    },
  };
}
