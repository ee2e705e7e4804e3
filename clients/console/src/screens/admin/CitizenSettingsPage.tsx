import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { ErrorText } from '../../components/ErrorText';
import { FileField } from '../../components/FileField';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import type { CitizenSettingsFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../shell/viewer';
import { CitizenSettingsQuery, SaveCitizenSettingsMutation, SetCitizenPictureMutation } from '../citizen/documents';
import { AdminPage, Panel } from './AdminPage';

/** The base colours of the residents' app (N-g), with the swatch the app's buttons and headings take. */
export const citizenColors: readonly { value: string; label: string; swatch: string }[] = [
  { value: 'blue', label: '青', swatch: 'bg-blue-900' },
  { value: 'red', label: '赤', swatch: 'bg-red-900' },
  { value: 'green', label: '緑', swatch: 'bg-green-900' },
  { value: 'yellow', label: '黄', swatch: 'bg-yellow-900' },
  { value: 'purple', label: '紫', swatch: 'bg-purple-900' },
];

const linkClass =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

type Settings = CitizenSettingsFieldsFragment;

/** 手続きナビの設定 (N-f, N-g, N-h, N-x): how the residents' app looks and behaves, and its LINE channel. */
export const CitizenSettingsPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: CitizenSettingsQuery });
  const settings = data?.citizenSettings;
  return (
    <AdminPage
      title="手続きナビの設定"
      lead="市民の方が使う手続きナビ（スマートフォン・パソコン・LINE）の見た目と動きを設定します。"
    >
      {fetching && !data && <p role="status">読み込み中です…</p>}
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {apiErrors(error)[0]?.message}
        </p>
      )}
      {settings && (
        <>
          <SettingsForm settings={settings} />
          <PicturesPanel settings={settings} />
        </>
      )}
    </AdminPage>
  );
};

type Field =
  | 'color'
  | 'welcomeJa'
  | 'welcomeEn'
  | 'idleMinutes'
  | 'codeValidDays'
  | 'liffId'
  | 'lineLoginChannelId'
  | 'lineChannelSecret'
  | 'lineChannelAccessToken';

const fields: { [key in Field]: { id: string; label: string } } = {
  color: { id: 'citizen-color', label: '基調色' },
  welcomeJa: { id: 'citizen-welcome-ja', label: 'あいさつ文（日本語）' },
  welcomeEn: { id: 'citizen-welcome-en', label: 'あいさつ文（英語）' },
  idleMinutes: { id: 'citizen-idle', label: '入力内容を消去するまでの時間（分）' },
  codeValidDays: { id: 'citizen-code-days', label: '二次元コードの有効日数' },
  liffId: { id: 'citizen-liff', label: 'LIFF ID' },
  lineLoginChannelId: { id: 'citizen-line-login', label: 'LINEログインのチャネルID' },
  lineChannelSecret: { id: 'citizen-line-secret', label: 'チャネルシークレット' },
  lineChannelAccessToken: { id: 'citizen-line-token', label: 'チャネルアクセストークン' },
};
const fieldNames = Object.keys(fields) as Field[];

type FieldError = { field?: Field | undefined; message: string };

function wholeNumber(text: string): number | null {
  const t = text.normalize('NFKC').trim();
  return /^\d{1,4}$/.test(t) ? Number(t) : null;
}

const SettingsForm = ({ settings }: { settings: Settings }) => {
  const [color, setColor] = useState(settings.color);
  const [welcomeJa, setWelcomeJa] = useState(settings.welcomeJa);
  const [welcomeEn, setWelcomeEn] = useState(settings.welcomeEn);
  const [idle, setIdle] = useState(String(settings.idleMinutes));
  const [days, setDays] = useState(String(settings.codeValidDays));
  const [liffId, setLiffId] = useState(settings.liffId);
  const [loginChannel, setLoginChannel] = useState(settings.lineLoginChannelId);
  const [secret, setSecret] = useState('');
  const [token, setToken] = useState('');
  const [removeLine, setRemoveLine] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [done, setDone] = useState('');
  const [{ fetching }, save] = useMutation(SaveCitizenSettingsMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const focusFirst = (list: FieldError[]) => {
    const first = list.find((x) => x.field)?.field;
    if (first === 'color') document.getElementById(`${fields.color.id}-${color}`)?.focus();
    else if (first) document.getElementById(fields[first].id)?.focus();
    else summaryRef.current?.focus();
  };

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const idleMinutes = wholeNumber(idle);
    const codeValidDays = wholeNumber(days);
    const local: FieldError[] = [];
    if (idleMinutes === null) local.push({ field: 'idleMinutes', message: '1〜60の整数で入力してください。' });
    if (codeValidDays === null) local.push({ field: 'codeValidDays', message: '1〜90の整数で入力してください。' });
    if (idleMinutes === null || codeValidDays === null) {
      setErrors(local);
      focusFirst(local);
      return;
    }
    const r = await save({
      input: {
        color,
        welcomeJa,
        welcomeEn,
        idleMinutes,
        codeValidDays,
        liffId: liffId.trim(),
        lineLoginChannelId: loginChannel.trim(),
        // Write-only: a blank field keeps what is stored; removing is a separate, explicit choice.
        lineChannelSecret: removeLine ? '' : secret.trim() || null,
        lineChannelAccessToken: removeLine ? '' : token.trim() || null,
      },
    });
    if (r.data?.saveCitizenSettings) {
      setErrors([]);
      setSecret('');
      setToken('');
      setRemoveLine(false);
      setDone('手続きナビの設定を保存しました。');
      return;
    }
    const failed: FieldError[] = r.error
      ? apiErrors(r.error).map((x) => ({ field: fieldNames.find((f) => f === x.field), message: x.message }))
      : [{ message: '保存できませんでした。' }];
    setErrors(failed);
    focusFirst(failed);
  };

  const errorOf = (f: Field) => errors.find((x) => x.field === f)?.message;
  const summary: ErrorSummaryItem[] = errors.map((x) => ({
    message: x.message,
    fieldId: x.field ? (x.field === 'color' ? `${fields.color.id}-${color}` : fields[x.field].id) : undefined,
    fieldLabel: x.field ? fields[x.field].label : undefined,
  }));
  const colorError = errorOf('color');
  const chosen = citizenColors.find((c) => c.value === color);
  const previewPath = `${settings.appPath}?theme=${encodeURIComponent(color)}`;

  return (
    <Panel id="citizen-settings-form" title="見た目と動き">
      <StatusMessage>{done}</StatusMessage>
      <ErrorSummary ref={summaryRef} tabIndex={-1} title="設定を保存できませんでした" items={summary} />
      <p className="flex flex-wrap gap-x-6 gap-y-2 text-std-16N-170">
        <a href={settings.appPath} target="_blank" rel="noopener noreferrer" className={linkClass}>
          手続きナビを開く<span className="sr-only">（新しいタブ）</span>
        </a>
        <a href={previewPath} target="_blank" rel="noopener noreferrer" className={linkClass}>
          選んだ基調色で見る（{chosen?.label ?? color}）<span className="sr-only">（新しいタブ、保存前のプレビュー）</span>
        </a>
        <span className="text-solid-gray-700">
          市民の方が開くURL：<code className="font-mono">{settings.appPath}</code>
        </span>
      </p>
      <form noValidate onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-6" aria-label="手続きナビの設定">
        <fieldset className="flex flex-col gap-2" aria-describedby={colorError ? `${fields.color.id}-error` : undefined}>
          <legend className="mb-2 text-std-17B-170 text-solid-gray-800">{fields.color.label}</legend>
          <ul className="flex flex-wrap gap-3">
            {citizenColors.map((c) => {
              const id = `${fields.color.id}-${c.value}`;
              return (
                <li key={c.value}>
                  <label
                    htmlFor={id}
                    className="flex cursor-pointer items-center gap-3 rounded-8 border border-solid-gray-420 px-4 py-3 has-[:checked]:border-2 has-[:checked]:border-blue-900"
                  >
                    <input
                      id={id}
                      type="radio"
                      name="citizen-color"
                      value={c.value}
                      checked={color === c.value}
                      onChange={() => {
                        setColor(c.value);
                      }}
                      className="size-6 shrink-0 cursor-pointer accent-blue-900"
                    />
                    <span aria-hidden="true" className={`inline-block size-8 rounded-6 ${c.swatch}`} />
                    <span className="text-std-16B-170">{c.label}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          {colorError && <ErrorText id={`${fields.color.id}-error`}>{colorError}</ErrorText>}
        </fieldset>

        <div className="grid gap-6 md:grid-cols-2">
          <TextareaField
            id={fields.welcomeJa.id}
            label={fields.welcomeJa.label}
            rows={3}
            support="最初の画面の上に表示します（500文字まで）。空のときは標準の文を表示します。"
            value={welcomeJa}
            onChange={(e) => {
              setWelcomeJa(e.currentTarget.value);
            }}
            error={errorOf('welcomeJa')}
          />
          <TextareaField
            id={fields.welcomeEn.id}
            label={fields.welcomeEn.label}
            rows={3}
            lang="en"
            support="英語表示のときに使います。空のときは日本語の文を表示します。"
            value={welcomeEn}
            onChange={(e) => {
              setWelcomeEn(e.currentTarget.value);
            }}
            error={errorOf('welcomeEn')}
          />
        </div>

        <div className="grid gap-6 md:grid-cols-2">
          <FormField
            id={fields.idleMinutes.id}
            label={fields.idleMinutes.label}
            inputMode="numeric"
            support="この時間、操作がないと入力中の内容を消去します（1〜60分）。"
            value={idle}
            onChange={(e) => {
              setIdle(e.currentTarget.value);
            }}
            error={errorOf('idleMinutes')}
          />
          <FormField
            id={fields.codeValidDays.id}
            label={fields.codeValidDays.label}
            inputMode="numeric"
            support="作成した二次元コードを窓口で読み取れる日数（1〜90日）。"
            value={days}
            onChange={(e) => {
              setDays(e.currentTarget.value);
            }}
            error={errorOf('codeValidDays')}
          />
        </div>

        <fieldset className="flex flex-col gap-4 rounded-8 border border-solid-gray-420 p-4">
          <legend className="px-2 text-std-17B-170 text-solid-gray-800">LINE</legend>
          <p className="text-std-16N-170" data-testid="citizen-line-status">
            Messaging APIのシークレットとトークン：
            <strong>{settings.lineConfigured ? '設定済み' : '未設定'}</strong>
          </p>
          <div className="grid gap-6 md:grid-cols-2">
            <FormField
              id={fields.liffId.id}
              label={fields.liffId.label}
              autoComplete="off"
              spellCheck={false}
              support="LINEのメニューから開くLIFFアプリのID"
              value={liffId}
              onChange={(e) => {
                setLiffId(e.currentTarget.value);
              }}
              error={errorOf('liffId')}
            />
            <FormField
              id={fields.lineLoginChannelId.id}
              label={fields.lineLoginChannelId.label}
              autoComplete="off"
              spellCheck={false}
              support="LIFFのIDトークンを確かめるのに使います"
              value={loginChannel}
              onChange={(e) => {
                setLoginChannel(e.currentTarget.value);
              }}
              error={errorOf('lineLoginChannelId')}
            />
            <FormField
              id={fields.lineChannelSecret.id}
              label={fields.lineChannelSecret.label}
              type="password"
              autoComplete="new-password"
              support={`書き込み専用です（${settings.lineConfigured ? '設定済み' : '未設定'}）。変えないときは空のままにします。`}
              value={secret}
              onChange={(e) => {
                setSecret(e.currentTarget.value);
              }}
              error={errorOf('lineChannelSecret')}
            />
            <FormField
              id={fields.lineChannelAccessToken.id}
              label={fields.lineChannelAccessToken.label}
              type="password"
              autoComplete="new-password"
              support={`書き込み専用です（${settings.lineConfigured ? '設定済み' : '未設定'}）。変えないときは空のままにします。`}
              value={token}
              onChange={(e) => {
                setToken(e.currentTarget.value);
              }}
              error={errorOf('lineChannelAccessToken')}
            />
          </div>
          {settings.lineConfigured && (
            <div className="flex items-center gap-2">
              <input
                id="citizen-line-remove"
                type="checkbox"
                checked={removeLine}
                onChange={(e) => {
                  setRemoveLine(e.currentTarget.checked);
                }}
                className="size-6 cursor-pointer accent-blue-900"
              />
              <label htmlFor="citizen-line-remove" className="cursor-pointer text-std-16N-170">
                保存するときにシークレットとトークンを消去する（LINEへの送信を止めます）
              </label>
            </div>
          )}
        </fieldset>

        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            設定を保存
          </Button>
        </div>
      </form>
    </Panel>
  );
};

const pictureKinds: readonly { which: 'emblem' | 'image'; label: string; support: string }[] = [
  { which: 'emblem', label: '市章', support: 'PNG・JPEG・WebP、512KBまで。最初の画面の市の名前の横に表示します。' },
  { which: 'image', label: '最初の画面の画像', support: 'PNG・JPEG・WebP、2MBまで。最初の画面の上部に表示します。' },
];

const PicturesPanel = ({ settings }: { settings: Settings }) => (
  <Panel id="citizen-pictures" title="市章と画像">
    <div className="grid gap-6 md:grid-cols-2">
      {pictureKinds.map((k) => (
        <PictureForm
          key={k.which}
          which={k.which}
          label={k.label}
          support={k.support}
          present={k.which === 'emblem' ? settings.hasEmblem : settings.hasImage}
        />
      ))}
    </div>
  </Panel>
);

const PictureForm = ({
  which,
  label,
  support,
  present,
}: {
  which: 'emblem' | 'image';
  label: string;
  support: string;
  present: boolean;
}) => {
  const viewer = useViewer();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  // Bumped after every change, so that the preview is fetched again rather than taken from the browser's cache.
  const [version, setVersion] = useState(() => Date.now());
  const [{ fetching }, setPicture] = useMutation(SetCitizenPictureMutation);
  const inputRef = useRef<HTMLInputElement>(null);
  const fieldId = `citizen-picture-${which}`;

  const send = async (f: File | null) => {
    if (fetching) return;
    setDone('');
    if (f === null && file === null && !present) return;
    const r = await setPicture({ which, file: f });
    if (r.data?.setCitizenPicture) {
      setError('');
      setFile(null);
      if (inputRef.current) inputRef.current.value = '';
      setVersion(Date.now());
      setDone(f ? `${label}を登録しました。` : `${label}を削除しました。`);
      return;
    }
    setError(r.error ? (apiErrors(r.error)[0]?.message ?? '') : '保存できませんでした。');
    inputRef.current?.focus();
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-std-16N-170">
        {label}：<strong>{present ? '登録済み' : '未登録'}</strong>
      </p>
      {present && (
        <img
          src={`/api/citizen/${viewer.tenant.lgCode}/${which}?v=${version}`}
          alt={`登録されている${label}`}
          className="max-h-32 w-fit max-w-full rounded-6 border border-solid-gray-420 object-contain"
        />
      )}
      <FileField
        ref={inputRef}
        id={fieldId}
        label={`${label}のファイル`}
        accept="image/png,image/jpeg,image/webp"
        support={support}
        error={error || undefined}
        onChange={(e) => {
          setFile(e.currentTarget.files?.[0] ?? null);
          setError('');
        }}
      />
      <div className="flex flex-wrap gap-3">
        <Button
          variant="outline"
          size="md"
          aria-disabled={fetching || undefined}
          onClick={() => {
            if (!file) {
              setError('画像のファイルを選んでください。');
              inputRef.current?.focus();
              return;
            }
            void send(file);
          }}
        >
          {label}を登録
        </Button>
        {present && (
          <Button variant="outline" size="md" aria-disabled={fetching || undefined} onClick={() => void send(null)}>
            {label}を削除
          </Button>
        )}
      </div>
      <StatusMessage>{done}</StatusMessage>
    </div>
  );
};
