import { type SubmitEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { CheckboxFieldset } from '../../components/CheckboxFieldset';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';
import type { AdminUserFieldsFragment } from '../../gql/graphql';
import { useViewer } from '../../shell/viewer';
import { formatDateTime } from '../search/labels';
import { AdminPage, Panel } from './AdminPage';
import {
  AdminUserQuery,
  ResetUserPasswordMutation,
  SetUserRolesMutation,
  UnlockUserMutation,
  UpdateGroupMutation,
  UpdateUserMutation,
} from './documents';
import { linkStyle, useGrantableRoles, userState } from './UsersPage';

/** One account: name, roles, groups, use, password (user:admin). */
export const UserDetailPage = () => {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: AdminUserQuery, variables: { id } });
  const user = data?.node?.__typename === 'User' ? data.node : null;

  return (
    <AdminPage title={user ? `利用者：${user.displayName}` : '利用者'}>
      <p>
        <Link to="/admin/users" className={linkStyle}>
          利用者の一覧へ戻る
        </Link>
      </p>
      {fetching && !data && <p role="status">読み込み中です…</p>}
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {apiErrors(error)[0]?.message}
        </p>
      )}
      {data && !user && !error && <p className="text-std-16N-170">この利用者は見つかりません。</p>}
      {user && data && (
        <>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 rounded-12 bg-white p-6 text-std-16N-170 shadow-1">
            <dt className="font-bold">ログインID</dt>
            <dd>{user.loginID}</dd>
            <dt className="font-bold">状態</dt>
            <dd data-testid="admin-user-state">{userState(user)}</dd>
            <dt className="font-bold">最終ログイン</dt>
            <dd>{formatDateTime(user.lastLoginAt) || 'まだログインしていません'}</dd>
          </dl>
          <DisplayNameForm user={user} />
          <RolesForm user={user} roles={data.roles} />
          <GroupsForm user={user} groups={(data.groups.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />
          <UseForm user={user} />
          <PasswordForm user={user} />
        </>
      )}
    </AdminPage>
  );
};

type UserProps = { user: AdminUserFieldsFragment };

const failure = (error: Parameters<typeof apiErrors>[0] | undefined, fallback: string) =>
  error ? (apiErrors(error)[0]?.message ?? fallback) : fallback;

const DisplayNameForm = ({ user }: UserProps) => {
  const [name, setName] = useState(user.displayName);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, update] = useMutation(UpdateUserMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (name.trim() === '') {
      setError('氏名を入力してください。');
      document.getElementById('user-display-name')?.focus();
      return;
    }
    const r = await update({ id: user.id, input: { displayName: name.trim() } });
    if (r.data?.updateUser) {
      setError(undefined);
      setDone('氏名を変更しました。');
    } else {
      setError(failure(r.error, '氏名を変更できませんでした。'));
      document.getElementById('user-display-name')?.focus();
    }
  };
  return (
    <Panel id="user-name-heading" title="氏名">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-wrap items-end gap-4"
        aria-labelledby="user-name-heading"
      >
        <FormField
          id="user-display-name"
          label="氏名"
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
          }}
          error={error}
          className="w-full max-w-md"
        />
        <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
          氏名を変更
        </Button>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const RolesForm = ({ user, roles }: UserProps & { roles: readonly { code: string; label: string }[] }) => {
  const grantable = useGrantableRoles(roles);
  const [value, setValue] = useState(() => (user.roleAssignments ?? []).map((r) => r.role));
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, setRoles] = useMutation(SetUserRolesMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const r = await setRoles({ id: user.id, roles: value }, { additionalTypenames: ['User'] });
    if (r.data?.setUserRoles) {
      setError(undefined);
      const labels = (r.data.setUserRoles.roleAssignments ?? []).map((a) => a.label);
      setDone(labels.length > 0 ? `役割を「${labels.join('、')}」にしました。` : '役割をすべて外しました。');
    } else {
      setError(failure(r.error, '役割を変更できませんでした。'));
      document.getElementById('user-roles')?.focus();
    }
  };
  return (
    <Panel id="user-roles-heading" title="役割">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-4"
        aria-labelledby="user-roles-heading"
      >
        <CheckboxFieldset
          id="user-roles"
          name="roles"
          legend="この利用者の役割"
          support="グループの役割は、グループの画面で変更します。"
          options={grantable.map((r) => ({ value: r.code, label: r.label }))}
          value={value}
          onChange={setValue}
          error={error}
        />
        <div>
          <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
            役割を保存
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const GroupsForm = ({ user, groups }: UserProps & { groups: readonly { id: string; name: string }[] }) => {
  const initial = (user.groups ?? []).map((g) => g.id);
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, updateGroup] = useMutation(UpdateGroupMutation);
  if (groups.length === 0) {
    return (
      <Panel id="user-groups-heading" title="グループ">
        <p className="text-std-16N-170">
          グループはまだありません。
          <Link to="/admin/groups" className={linkStyle}>
            グループの画面
          </Link>
          で作成できます。
        </p>
      </Panel>
    );
  }
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const current = new Set((user.groups ?? []).map((g) => g.id));
    const wanted = new Set(value);
    // One call per group that changes: the API edits memberships from the group's side.
    for (const g of groups) {
      if (current.has(g.id) === wanted.has(g.id)) continue;
      const input = wanted.has(g.id) ? { addMemberIDs: [user.id] } : { removeMemberIDs: [user.id] };
      const r = await updateGroup({ id: g.id, input }, { additionalTypenames: ['User'] });
      if (!r.data?.updateGroup) {
        setError(failure(r.error, `グループ「${g.name}」を変更できませんでした。`));
        document.getElementById('user-groups')?.focus();
        return;
      }
    }
    setError(undefined);
    setDone('所属グループを保存しました。');
  };
  return (
    <Panel id="user-groups-heading" title="グループ">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-4"
        aria-labelledby="user-groups-heading"
      >
        <CheckboxFieldset
          id="user-groups"
          name="groups"
          legend="所属するグループ"
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
          value={value}
          onChange={setValue}
          error={error}
        />
        <div>
          <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
            グループを保存
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const UseForm = ({ user }: UserProps) => {
  const viewer = useViewer();
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, update] = useMutation(UpdateUserMutation);
  const [{ fetching: unlocking }, unlock] = useMutation(UnlockUserMutation);
  // The time the page was opened: a lock that ran out since then still offers 解除, which does no harm.
  const [openedAt] = useState(() => Date.now());
  const locked = Boolean(user.lockedUntil && new Date(user.lockedUntil).getTime() > openedAt);
  const self = user.id === viewer.id;

  const toggle = async () => {
    if (fetching) return;
    setDone('');
    const r = await update({ id: user.id, input: { disabled: !user.disabled } });
    if (r.data?.updateUser) {
      setError(undefined);
      setDone(
        r.data.updateUser.disabled ? '利用を停止しました。この利用者はログインできません。' : '利用を再開しました。',
      );
    } else setError(failure(r.error, '変更できませんでした。'));
  };
  const onUnlock = async () => {
    if (unlocking) return;
    setDone('');
    const r = await unlock({ id: user.id });
    if (r.data?.unlockUser) {
      setError(undefined);
      setDone('ロックを解除しました。');
    } else setError(failure(r.error, 'ロックを解除できませんでした。'));
  };
  return (
    <Panel id="user-use-heading" title="利用の停止・再開">
      <p className="text-std-16N-170">
        {user.disabled ? 'この利用者は利用停止中です。' : 'この利用者はログインできます。'}
        {locked && 'パスワードの誤りが続いたため、ロックされています。'}
      </p>
      <div className="flex flex-wrap gap-4">
        {!self && (
          <Button variant="outline" size="md" onClick={() => void toggle()} aria-disabled={fetching || undefined}>
            {user.disabled ? '利用を再開する' : '利用を停止する'}
          </Button>
        )}
        {locked && (
          <Button variant="outline" size="md" onClick={() => void onUnlock()} aria-disabled={unlocking || undefined}>
            ロックを解除する
          </Button>
        )}
      </div>
      {self && <p className="text-std-16N-170 text-solid-gray-700">自分自身の利用は停止できません。</p>}
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {error}
        </p>
      )}
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const PasswordForm = ({ user }: UserProps) => {
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, reset] = useMutation(ResetUserPasswordMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (password === '') {
      setError('新しいパスワードを入力してください。');
      document.getElementById('user-new-password')?.focus();
      return;
    }
    const r = await reset({ id: user.id, newPassword: password });
    if (r.data?.resetUserPassword) {
      setPassword('');
      setError(undefined);
      setDone('パスワードを再設定しました。次のログインで、この利用者に変更を求めます。');
    } else {
      setError(failure(r.error, 'パスワードを再設定できませんでした。'));
      document.getElementById('user-new-password')?.focus();
    }
  };
  return (
    <Panel id="user-password-heading" title="パスワードの再設定">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-wrap items-end gap-4"
        aria-labelledby="user-password-heading"
      >
        <FormField
          id="user-new-password"
          label="新しいパスワード"
          type="password"
          required
          autoComplete="new-password"
          support="12文字以上。英字・数字・記号のうち2種類以上"
          value={password}
          onChange={(e) => {
            setPassword(e.currentTarget.value);
          }}
          error={error}
          className="w-full max-w-md"
        />
        <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
          パスワードを再設定
        </Button>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};
