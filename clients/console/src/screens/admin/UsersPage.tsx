import { type SubmitEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { CheckboxFieldset } from '../../components/CheckboxFieldset';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../shell/viewer';
import { formatDateTime } from '../search/labels';
import { AdminPage, Panel } from './AdminPage';
import { AdminUsersQuery, CreateUserMutation } from './documents';

// An empty list holds no User for urql's document cache to watch: name the type so that adding one refetches.
const userList = { additionalTypenames: ['User'] };

export const linkStyle =
  'text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300';

/** The state of an account in words: what an administrator looks for first. */
export function userState(u: AdminUserFieldsFragment, now = Date.now()): string {
  if (u.disabled) return '利用停止';
  if (u.lockedUntil && new Date(u.lockedUntil).getTime() > now) return 'ロック中';
  if (u.mustChangePassword) return '初回パスワード変更待ち';
  return '利用中';
}

/** Roles an administrator may grant: システム管理者 only by those who administer tenants. */
export function useGrantableRoles(roles: readonly { code: string; label: string }[] | undefined) {
  const viewer = useViewer();
  const all = viewer.permissions.includes('tenant:admin');
  return (roles ?? []).filter((r) => all || r.code !== 'system_admin');
}

export const UsersPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: AdminUsersQuery, context: userList });
  const users = (data?.users.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));

  return (
    <AdminPage
      title="利用者"
      lead="職員のアカウントを追加し、役割を割り当てます。追加した職員は初回ログイン時にパスワードを変更します。"
    >
      <Panel id="admin-users-list" title={`利用者の一覧（${data?.users.totalCount ?? 0}人）`}>
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {users.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <thead className="bg-solid-gray-50 text-std-16B-170">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    ログインID
                  </th>
                  <th scope="col" className="px-3 py-2">
                    氏名
                  </th>
                  <th scope="col" className="px-3 py-2">
                    役割
                  </th>
                  <th scope="col" className="px-3 py-2">
                    グループ
                  </th>
                  <th scope="col" className="px-3 py-2">
                    状態
                  </th>
                  <th scope="col" className="px-3 py-2">
                    最終ログイン
                  </th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} className="border-t border-solid-gray-420 align-top" data-testid="admin-user-row">
                    <td className="px-3 py-2">
                      <Link to={`/admin/users/${u.id}`} className={linkStyle}>
                        {u.loginID}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{u.displayName}</td>
                    <td className="px-3 py-2">{(u.roleAssignments ?? []).map((r) => r.label).join('、') || 'なし'}</td>
                    <td className="px-3 py-2">{(u.groups ?? []).map((g) => g.name).join('、') || '—'}</td>
                    <td className="px-3 py-2">{userState(u)}</td>
                    <td className="px-3 py-2">{formatDateTime(u.lastLoginAt) || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      {data && (
        <CreateUserForm
          roles={data.roles}
          groups={(data.groups.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))}
        />
      )}
    </AdminPage>
  );
};

type Field = 'loginId' | 'displayName' | 'password' | 'roles' | 'groupIDs';
const fields: { [key in Field]: { id: string; label: string } } = {
  loginId: { id: 'new-user-login-id', label: 'ログインID' },
  displayName: { id: 'new-user-display-name', label: '氏名' },
  password: { id: 'new-user-password', label: '初期パスワード' },
  roles: { id: 'new-user-roles', label: '役割' },
  groupIDs: { id: 'new-user-groups', label: 'グループ' },
};
type Values = { loginId: string; displayName: string; password: string; roles: string[]; groupIDs: string[] };
const empty: Values = { loginId: '', displayName: '', password: '', roles: [], groupIDs: [] };

const fieldNames: readonly Field[] = ['loginId', 'displayName', 'password', 'roles', 'groupIDs'];

function asField(name: string | undefined): Field | undefined {
  return fieldNames.find((f) => f === name);
}

const CreateUserForm = ({
  roles,
  groups,
}: {
  roles: readonly { code: string; label: string }[];
  groups: readonly { id: string; name: string }[];
}) => {
  const grantable = useGrantableRoles(roles);
  const [values, setValues] = useState<Values>(empty);
  const [errors, setErrors] = useState<{ field?: Field | undefined; message: string }[]>([]);
  const [done, setDone] = useState('');
  const [{ fetching }, createUser] = useMutation(CreateUserMutation);
  const summaryRef = useRef<HTMLDivElement>(null);

  const focus = (f: Field) => document.getElementById(fields[f].id)?.focus();

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const local: { field: Field; message: string }[] = [];
    if (values.loginId.trim() === '') local.push({ field: 'loginId', message: 'ログインIDを入力してください。' });
    if (values.displayName.trim() === '') local.push({ field: 'displayName', message: '氏名を入力してください。' });
    if (values.password === '') local.push({ field: 'password', message: '初期パスワードを入力してください。' });
    if (local.length > 0) {
      setErrors(local);
      const first = local[0];
      if (first) focus(first.field);
      return;
    }
    const r = await createUser(
      {
        input: {
          loginId: values.loginId.trim(),
          displayName: values.displayName.trim(),
          password: values.password,
          roles: values.roles,
          groupIDs: values.groupIDs,
        },
      },
      { additionalTypenames: ['User', 'Group'] },
    );
    if (r.data?.createUser) {
      const u = r.data.createUser;
      setValues(empty);
      setErrors([]);
      setDone(`${u.displayName}（${u.loginID}）を追加しました。初回ログイン時にパスワードの変更を求めます。`);
      return;
    }
    const failed: { field?: Field | undefined; message: string }[] = r.error
      ? apiErrors(r.error).map((x) => ({ field: asField(x.field), message: x.message }))
      : [{ message: '利用者を追加できませんでした。' }];
    setErrors(failed);
    const first = failed.find((f) => f.field)?.field;
    if (first) focus(first);
    else summaryRef.current?.focus();
  };

  const errorOf = (f: Field) => errors.find((x) => x.field === f)?.message;
  const set = (f: 'loginId' | 'displayName' | 'password') => (e: { currentTarget: HTMLInputElement }) => {
    const v = e.currentTarget.value;
    setValues((s) => ({ ...s, [f]: v }));
  };
  const summary: ErrorSummaryItem[] = errors.map((x) => ({
    message: x.message,
    fieldId: x.field ? fields[x.field].id : undefined,
    fieldLabel: x.field ? fields[x.field].label : undefined,
  }));

  return (
    <Panel id="admin-users-create" title="利用者を追加">
      <ErrorSummary ref={summaryRef} tabIndex={-1} title="利用者を追加できませんでした" items={summary} />
      <StatusMessage>{done}</StatusMessage>
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-users-create"
      >
        <div className="grid gap-6 md:grid-cols-3">
          <FormField
            id={fields.loginId.id}
            label={fields.loginId.label}
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            support="半角英数字と . _ -"
            value={values.loginId}
            onChange={set('loginId')}
            error={errorOf('loginId')}
          />
          <FormField
            id={fields.displayName.id}
            label={fields.displayName.label}
            required
            autoComplete="off"
            support="画面の上に表示する名前"
            value={values.displayName}
            onChange={set('displayName')}
            error={errorOf('displayName')}
          />
          <FormField
            id={fields.password.id}
            label={fields.password.label}
            type="password"
            required
            autoComplete="new-password"
            support="12文字以上。英字・数字・記号のうち2種類以上"
            value={values.password}
            onChange={set('password')}
            error={errorOf('password')}
          />
        </div>
        <CheckboxFieldset
          id={fields.roles.id}
          name="roles"
          legend={fields.roles.label}
          options={grantable.map((r) => ({ value: r.code, label: r.label }))}
          value={values.roles}
          onChange={(roles) => {
            setValues((s) => ({ ...s, roles }));
          }}
          error={errorOf('roles')}
        />
        {groups.length > 0 && (
          <CheckboxFieldset
            id={fields.groupIDs.id}
            name="groupIDs"
            legend={fields.groupIDs.label}
            options={groups.map((g) => ({ value: g.id, label: g.name }))}
            value={values.groupIDs}
            onChange={(groupIDs) => {
              setValues((s) => ({ ...s, groupIDs }));
            }}
            error={errorOf('groupIDs')}
          />
        )}
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            {fetching ? '追加しています…' : '利用者を追加'}
          </Button>
        </div>
      </form>
    </Panel>
  );
};
