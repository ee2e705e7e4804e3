import { type SubmitEvent, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SelectField } from '../../components/SelectField';
import { StatusMessage } from '../../components/StatusMessage';
import { TextareaField } from '../../components/TextareaField';
import type { AdminMaskProfilesQuery } from '../../gql/graphql';
import { useViewer } from '../../shell/viewer';
import { AdminPage, Panel } from './AdminPage';
import { DeleteMaskProfileMutation, MaskProfilesQuery, SaveMaskProfileMutation } from './documents';

// An empty list holds no MaskProfile for urql's document cache to watch: name the type so that adding one refetches.
const maskProfileList = { additionalTypenames: ['MaskProfile'] };

type Profile = AdminMaskProfilesQuery['maskProfiles'][number];

// The items a profile usually hides, with the names the 異動届 prints (internal/forms keys).
const knownFields: Record<string, string> = {
  'persons.*.myNumber': '個人番号',
  'persons.*.residentCode': '住民票コード',
  'persons.*.domicile': '本籍',
  'persons.*.domicileHead': '筆頭者',
  'persons.*.birthDate': '生年月日',
  'persons.*.cardNumber': '在留カード等の番号',
  notifierPhone: '届出人の電話番号',
};

const fieldName = (f: string) => (knownFields[f] ? `${knownFields[f]}（${f}）` : f);

/** マスキング設定 (K-u, K-v): which masked copies of a completed 異動届 are archived, and who may open each. */
export const MaskProfilesPage = () => {
  const viewer = useViewer();
  const [{ data, fetching, error }] = useQuery({ query: MaskProfilesQuery, context: maskProfileList });
  const [editing, setEditing] = useState<Profile | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [done, setDone] = useState('');
  const permissionLabel = (code: string) => viewer.permissionInfos.find((p) => p.code === code)?.label ?? code;

  const edit = (p: Profile | null) => {
    setEditing(p);
    setFormKey((k) => k + 1);
    requestAnimationFrame(() => document.getElementById('admin-mask-form')?.focus());
  };

  return (
    <AdminPage
      title="マスキング設定"
      lead="届出が完了すると、原本のほかに、ここで有効にしたマスクごとに項目を黒く塗ったPDFを保管します。検索結果には、役割で開けるものだけが表示されます。"
    >
      <StatusMessage>{done}</StatusMessage>
      <Panel id="admin-masks-list" title="マスクの一覧">
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {data && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <thead className="bg-solid-gray-50 text-std-16B-170">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    名前
                  </th>
                  <th scope="col" className="px-3 py-2">
                    隠す項目
                  </th>
                  <th scope="col" className="px-3 py-2">
                    開ける権限
                  </th>
                  <th scope="col" className="px-3 py-2">
                    保管
                  </th>
                  <th scope="col" className="px-3 py-2">
                    操作
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.maskProfiles.map((p) => (
                  <MaskRow
                    key={p.key}
                    profile={p}
                    permissionLabel={permissionLabel(p.requiredPermission)}
                    onEdit={() => {
                      edit(p);
                    }}
                    onDeleted={(message) => {
                      setDone(message);
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div>
          <Button
            variant="outline"
            size="md"
            onClick={() => {
              edit(null);
            }}
          >
            マスクを追加
          </Button>
        </div>
      </Panel>
      <MaskForm
        key={formKey}
        profile={editing}
        onSaved={(p) => {
          setDone(`マスク「${p.name}」を保存しました。`);
          edit(null);
        }}
      />
    </AdminPage>
  );
};

const MaskRow = ({
  profile: p,
  permissionLabel,
  onEdit,
  onDeleted,
}: {
  profile: Profile;
  permissionLabel: string;
  onEdit: () => void;
  onDeleted: (message: string) => void;
}) => {
  const [error, setError] = useState('');
  const [{ fetching }, remove] = useMutation(DeleteMaskProfileMutation);
  const onDelete = async () => {
    if (fetching) return;
    const r = await remove({ key: p.key }, { additionalTypenames: ['MaskProfile'] });
    if (r.data?.deleteMaskProfile) {
      setError('');
      onDeleted(p.builtin ? `マスク「${p.name}」を標準の設定に戻しました。` : `マスク「${p.name}」を削除しました。`);
    } else {
      const err = r.error ? apiErrors(r.error)[0] : undefined;
      setError(
        p.builtin && err?.code === 'not_found'
          ? 'このマスクは標準の設定のままです。'
          : (err?.message ?? '削除できませんでした。'),
      );
    }
  };
  return (
    <tr className="border-t border-solid-gray-420 align-top" data-testid="admin-mask-row">
      <td className="px-3 py-2">
        {p.name}
        <span className="block text-dns-14N-130 text-solid-gray-700">
          {p.key}
          {p.builtin ? '・標準' : '・市独自'}
        </span>
      </td>
      <td className="px-3 py-2">
        <ul className="flex flex-col">
          {p.fields.map((f) => (
            <li key={f}>{fieldName(f)}</li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2">{permissionLabel}</td>
      <td className="px-3 py-2">{p.active ? '保管する' : '保管しない'}</td>
      <td className="px-3 py-2">
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" size="sm" onClick={onEdit} aria-label={`編集：${p.name}`}>
            編集
          </Button>
          <Button
            variant="outline"
            size="sm"
            onClick={() => void onDelete()}
            aria-disabled={fetching || undefined}
            aria-label={`${p.builtin ? '標準に戻す' : '削除'}：${p.name}`}
          >
            {p.builtin ? '標準に戻す' : '削除'}
          </Button>
        </div>
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
};

type Field = 'key' | 'name' | 'fields' | 'requiredPermission';
const fieldIds: { [key in Field]: { id: string; label: string } } = {
  key: { id: 'mask-key', label: 'キー' },
  name: { id: 'mask-name', label: '名前' },
  fields: { id: 'mask-fields', label: '隠す項目' },
  requiredPermission: { id: 'mask-permission', label: '開ける権限' },
};
const fieldNames: readonly Field[] = ['key', 'name', 'fields', 'requiredPermission'];

const MaskForm = ({ profile, onSaved }: { profile: Profile | null; onSaved: (p: Profile) => void }) => {
  const viewer = useViewer();
  const [key, setKey] = useState(profile?.key ?? '');
  const [name, setName] = useState(profile?.name ?? '');
  const [fields, setFields] = useState((profile?.fields ?? ['persons.*.myNumber']).join('\n'));
  const [permission, setPermission] = useState(profile?.requiredPermission ?? 'notification:read');
  const [active, setActive] = useState(profile?.active ?? true);
  const [errors, setErrors] = useState<{ field?: Field | undefined; message: string }[]>([]);
  const [{ fetching }, save] = useMutation(SaveMaskProfileMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const permissions = viewer.permissionInfos.some((p) => p.code === permission)
    ? viewer.permissionInfos
    : [...viewer.permissionInfos, { code: permission, label: permission }];

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    const list = fields
      .split('\n')
      .map((f) => f.trim())
      .filter((f) => f !== '');
    const local: { field: Field; message: string }[] = [];
    if (key.trim() === '') local.push({ field: 'key', message: 'キーを入力してください（例: tax-office）。' });
    if (name.trim() === '') local.push({ field: 'name', message: '名前を入力してください。' });
    if (list.length === 0) local.push({ field: 'fields', message: '隠す項目を1つ以上入力してください。' });
    if (local.length > 0) {
      setErrors(local);
      const first = local[0];
      if (first) document.getElementById(fieldIds[first.field].id)?.focus();
      return;
    }
    const r = await save(
      { input: { key: key.trim(), name: name.trim(), fields: list, requiredPermission: permission, active } },
      { additionalTypenames: ['MaskProfile'] },
    );
    if (r.data?.saveMaskProfile) {
      setErrors([]);
      onSaved(r.data.saveMaskProfile);
      return;
    }
    const failed: { field?: Field | undefined; message: string }[] = r.error
      ? apiErrors(r.error).map((x) => ({ field: fieldNames.find((f) => f === x.field), message: x.message }))
      : [{ message: '保存できませんでした。' }];
    setErrors(failed);
    const first = failed.find((f) => f.field)?.field;
    if (first) document.getElementById(fieldIds[first].id)?.focus();
    else summaryRef.current?.focus();
  };

  const errorOf = (f: Field) => errors.find((x) => x.field === f)?.message;
  const summary: ErrorSummaryItem[] = errors.map((x) => ({
    message: x.message,
    fieldId: x.field ? fieldIds[x.field].id : undefined,
    fieldLabel: x.field ? fieldIds[x.field].label : undefined,
  }));

  return (
    <section aria-labelledby="admin-mask-form" className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
      <h3 id="admin-mask-form" tabIndex={-1} className="text-std-20B-150 focus:outline-none focus-visible:shadow-none">
        {profile ? `マスク「${profile.name}」を編集` : 'マスクを追加'}
      </h3>
      <ErrorSummary ref={summaryRef} tabIndex={-1} title="マスクを保存できませんでした" items={summary} />
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-mask-form"
      >
        <div className="grid gap-6 md:grid-cols-2">
          <FormField
            id={fieldIds.key.id}
            label={fieldIds.key.label}
            required
            readOnly={profile !== null}
            support={profile ? 'キーは変えられません' : '英小文字・数字・ハイフン（例: tax-office）'}
            autoComplete="off"
            spellCheck={false}
            value={key}
            onChange={(e) => {
              setKey(e.currentTarget.value);
            }}
            error={errorOf('key')}
          />
          <FormField
            id={fieldIds.name.id}
            label={fieldIds.name.label}
            required
            support="例: 税務課提供用"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
            error={errorOf('name')}
          />
        </div>
        <TextareaField
          id={fieldIds.fields.id}
          label={fieldIds.fields.label}
          required
          code
          rows={5}
          spellCheck={false}
          support="1行に1つ。個人番号（persons.*.myNumber）は必ず含めます。例: persons.*.domicile（本籍）、persons.*.residentCode（住民票コード）"
          value={fields}
          onChange={(e) => {
            setFields(e.currentTarget.value);
          }}
          error={errorOf('fields')}
        />
        <div className="grid gap-6 md:grid-cols-2 md:items-end">
          <SelectField
            id={fieldIds.requiredPermission.id}
            label={fieldIds.requiredPermission.label}
            options={permissions.map((p) => ({ value: p.code, label: `${p.label}（${p.code}）` }))}
            value={permission}
            onChange={(e) => {
              setPermission(e.currentTarget.value);
            }}
            error={errorOf('requiredPermission')}
          />
          <div className="flex items-center gap-2 pb-3">
            <input
              id="mask-active"
              type="checkbox"
              checked={active}
              onChange={(e) => {
                setActive(e.currentTarget.checked);
              }}
              className="size-6 cursor-pointer accent-blue-900"
            />
            <label htmlFor="mask-active" className="cursor-pointer text-std-16N-170">
              届出の完了時にこのマスクのPDFを保管する
            </label>
          </div>
        </div>
        <div className="flex flex-wrap gap-4">
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            マスクを保存
          </Button>
        </div>
      </form>
    </section>
  );
};
