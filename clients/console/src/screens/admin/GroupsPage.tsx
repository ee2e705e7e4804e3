import { type SubmitEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import { CheckboxFieldset } from '../../components/CheckboxFieldset';
import { FormField } from '../../components/FormField';
import { StatusMessage } from '../../components/StatusMessage';
import type { AdminGroupFieldsFragment } from '../../gql/graphql';
import { AdminPage, Panel } from './AdminPage';
import {
  AdminGroupQuery,
  AdminGroupsQuery,
  CreateGroupMutation,
  DeleteGroupMutation,
  SetGroupRolesMutation,
  UpdateGroupMutation,
} from './documents';
import { linkStyle, useGrantableRoles } from './UsersPage';

// An empty list holds no Group for urql's document cache to watch: name the type so that adding one refetches.
const groupList = { additionalTypenames: ['Group'] };

const failure = (error: Parameters<typeof apiErrors>[0] | undefined, fallback: string) =>
  error ? (apiErrors(error)[0]?.message ?? fallback) : fallback;

/** グループ: a 課 or 係 whose roles reach every member (user:admin). */
export const GroupsPage = () => {
  const [{ data, fetching, error }] = useQuery({ query: AdminGroupsQuery, context: groupList });
  const groups = (data?.groups.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <AdminPage title="グループ" lead="グループに割り当てた役割は、所属する全員に効きます。">
      <Panel id="admin-groups-list" title={`グループの一覧（${data?.groups.totalCount ?? 0}件）`}>
        {fetching && !data && <p role="status">読み込み中です…</p>}
        {error && (
          <p role="alert" className="text-std-16N-170 text-red-1000">
            {apiErrors(error)[0]?.message}
          </p>
        )}
        {data && groups.length === 0 && <p className="text-std-16N-170">グループはまだありません。</p>}
        {groups.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-std-16N-170">
              <thead className="bg-solid-gray-50 text-std-16B-170">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    グループ名
                  </th>
                  <th scope="col" className="px-3 py-2">
                    説明
                  </th>
                  <th scope="col" className="px-3 py-2">
                    役割
                  </th>
                  <th scope="col" className="px-3 py-2">
                    人数
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.id} className="border-t border-solid-gray-420 align-top">
                    <td className="px-3 py-2">
                      <Link to={`/admin/groups/${g.id}`} className={linkStyle}>
                        {g.name}
                      </Link>
                    </td>
                    <td className="px-3 py-2">{g.description || '—'}</td>
                    <td className="px-3 py-2">{(g.roleAssignments ?? []).map((r) => r.label).join('、') || 'なし'}</td>
                    <td className="px-3 py-2">{(g.members ?? []).length}人</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Panel>
      {data && <CreateGroupForm roles={data.roles} />}
    </AdminPage>
  );
};

const CreateGroupForm = ({ roles }: { roles: readonly { code: string; label: string }[] }) => {
  const grantable = useGrantableRoles(roles);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [value, setValue] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; roles?: string; other?: string }>({});
  const [done, setDone] = useState('');
  const [{ fetching }, create] = useMutation(CreateGroupMutation);
  const [, setRoles] = useMutation(SetGroupRolesMutation);

  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (name.trim() === '') {
      setErrors({ name: 'グループ名を入力してください。' });
      document.getElementById('new-group-name')?.focus();
      return;
    }
    const r = await create(
      { input: { name: name.trim(), description: description.trim() || null } },
      { additionalTypenames: ['Group'] },
    );
    const g = r.data?.createGroup;
    if (!g) {
      const err = r.error ? apiErrors(r.error)[0] : undefined;
      setErrors({ name: err?.message ?? 'グループを作成できませんでした。' });
      document.getElementById('new-group-name')?.focus();
      return;
    }
    if (value.length > 0) {
      const rr = await setRoles({ id: g.id, roles: value }, { additionalTypenames: ['Group'] });
      if (!rr.data?.setGroupRoles) {
        setErrors({ roles: failure(rr.error, '役割を設定できませんでした。') });
        return;
      }
    }
    setName('');
    setDescription('');
    setValue([]);
    setErrors({});
    setDone(`グループ「${g.name}」を作成しました。`);
  };

  return (
    <Panel id="admin-groups-create" title="グループを作成">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-6"
        aria-labelledby="admin-groups-create"
      >
        <div className="grid gap-6 md:grid-cols-2">
          <FormField
            id="new-group-name"
            label="グループ名"
            required
            support="例: 市民課窓口"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
            error={errors.name}
          />
          <FormField
            id="new-group-description"
            label="説明"
            value={description}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
            }}
          />
        </div>
        <CheckboxFieldset
          id="new-group-roles"
          name="roles"
          legend="グループの役割"
          options={grantable.map((r) => ({ value: r.code, label: r.label }))}
          value={value}
          onChange={setValue}
          error={errors.roles}
        />
        <div>
          <Button type="submit" variant="solid-fill" size="md" aria-disabled={fetching || undefined}>
            グループを作成
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

/** One group: name, description, roles, members, deletion. */
export const GroupDetailPage = () => {
  const { id = '' } = useParams();
  const [{ data, fetching, error }] = useQuery({ query: AdminGroupQuery, variables: { id } });
  const group = data?.node?.__typename === 'Group' ? data.node : null;
  return (
    <AdminPage title={group ? `グループ：${group.name}` : 'グループ'}>
      <p>
        <Link to="/admin/groups" className={linkStyle}>
          グループの一覧へ戻る
        </Link>
      </p>
      {fetching && !data && <p role="status">読み込み中です…</p>}
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {apiErrors(error)[0]?.message}
        </p>
      )}
      {data && !group && !error && <p className="text-std-16N-170">このグループは見つかりません。</p>}
      {group && data && (
        <>
          <GroupInfoForm group={group} />
          <GroupRolesForm group={group} roles={data.roles} />
          <GroupMembersForm group={group} users={(data.users.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []))} />
          <DeleteGroup group={group} />
        </>
      )}
    </AdminPage>
  );
};

type GroupProps = { group: AdminGroupFieldsFragment };

const GroupInfoForm = ({ group }: GroupProps) => {
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description ?? '');
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, update] = useMutation(UpdateGroupMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    if (name.trim() === '') {
      setError('グループ名を入力してください。');
      document.getElementById('group-name')?.focus();
      return;
    }
    const d = description.trim();
    const r = await update({
      id: group.id,
      input: d ? { name: name.trim(), description: d } : { name: name.trim(), clearDescription: true },
    });
    if (r.data?.updateGroup) {
      setError(undefined);
      setDone('グループ名と説明を保存しました。');
    } else {
      setError(failure(r.error, '保存できませんでした。'));
      document.getElementById('group-name')?.focus();
    }
  };
  return (
    <Panel id="group-info-heading" title="グループ名と説明">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-4"
        aria-labelledby="group-info-heading"
      >
        <div className="grid gap-6 md:grid-cols-2">
          <FormField
            id="group-name"
            label="グループ名"
            required
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
            }}
            error={error}
          />
          <FormField
            id="group-description"
            label="説明"
            value={description}
            onChange={(e) => {
              setDescription(e.currentTarget.value);
            }}
          />
        </div>
        <div>
          <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
            保存
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const GroupRolesForm = ({ group, roles }: GroupProps & { roles: readonly { code: string; label: string }[] }) => {
  const grantable = useGrantableRoles(roles);
  const [value, setValue] = useState(() => (group.roleAssignments ?? []).map((r) => r.role));
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, setRoles] = useMutation(SetGroupRolesMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const r = await setRoles({ id: group.id, roles: value }, { additionalTypenames: ['Group', 'User'] });
    if (r.data?.setGroupRoles) {
      setError(undefined);
      setDone('グループの役割を保存しました。');
    } else {
      setError(failure(r.error, '役割を保存できませんでした。'));
      document.getElementById('group-roles')?.focus();
    }
  };
  return (
    <Panel id="group-roles-heading" title="役割">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-4"
        aria-labelledby="group-roles-heading"
      >
        <CheckboxFieldset
          id="group-roles"
          name="roles"
          legend="グループの役割"
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

const GroupMembersForm = ({
  group,
  users,
}: GroupProps & { users: readonly { id: string; loginID: string; displayName: string }[] }) => {
  const [value, setValue] = useState(() => (group.members ?? []).map((m) => m.id));
  const [error, setError] = useState<string>();
  const [done, setDone] = useState('');
  const [{ fetching }, update] = useMutation(UpdateGroupMutation);
  const onSubmit = async (e: SubmitEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (fetching) return;
    setDone('');
    const current = new Set((group.members ?? []).map((m) => m.id));
    const wanted = new Set(value);
    const addMemberIDs = value.filter((id) => !current.has(id));
    const removeMemberIDs = [...current].filter((id) => !wanted.has(id));
    const r = await update(
      { id: group.id, input: { addMemberIDs, removeMemberIDs } },
      { additionalTypenames: ['User'] },
    );
    if (r.data?.updateGroup) {
      setError(undefined);
      setDone(`所属する利用者を保存しました（${r.data.updateGroup.members?.length ?? 0}人）。`);
    } else {
      setError(failure(r.error, '保存できませんでした。'));
      document.getElementById('group-members')?.focus();
    }
  };
  return (
    <Panel id="group-members-heading" title="所属する利用者">
      <form
        noValidate
        onSubmit={(e) => void onSubmit(e)}
        className="flex flex-col gap-4"
        aria-labelledby="group-members-heading"
      >
        <CheckboxFieldset
          id="group-members"
          name="members"
          legend="所属する利用者"
          options={users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.loginID}）` }))}
          value={value}
          onChange={setValue}
          error={error}
        />
        <div>
          <Button type="submit" variant="outline" size="md" aria-disabled={fetching || undefined}>
            所属を保存
          </Button>
        </div>
      </form>
      <StatusMessage>{done}</StatusMessage>
    </Panel>
  );
};

const DeleteGroup = ({ group }: GroupProps) => {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();
  const [{ fetching }, remove] = useMutation(DeleteGroupMutation);
  const navigate = useNavigate();
  const onDelete = async () => {
    if (fetching) return;
    const r = await remove({ id: group.id }, { additionalTypenames: ['Group', 'User'] });
    if (r.data?.deleteGroup) void navigate('/admin/groups');
    else setError(failure(r.error, 'グループを削除できませんでした。'));
  };
  return (
    <Panel id="group-delete-heading" title="グループの削除">
      <p className="text-std-16N-170">削除すると、所属していた利用者からこのグループの役割が外れます。</p>
      {confirming ? (
        <div role="group" aria-label="削除の確認" className="flex flex-wrap items-center gap-4">
          <p className="text-std-16B-170">グループ「{group.name}」を削除しますか？</p>
          <Button variant="solid-fill" size="md" onClick={() => void onDelete()} aria-disabled={fetching || undefined}>
            削除する
          </Button>
          {/* The safe choice takes the focus, so a second Enter does not delete. */}
          <Button
            variant="outline"
            size="md"
            onClick={() => {
              setConfirming(false);
            }}
            autoFocus
          >
            やめる
          </Button>
        </div>
      ) : (
        <div>
          <Button
            variant="outline"
            size="md"
            onClick={() => {
              setConfirming(true);
            }}
          >
            グループを削除
          </Button>
        </div>
      )}
      {error && (
        <p role="alert" className="text-std-16N-170 text-red-1000">
          {error}
        </p>
      )}
    </Panel>
  );
};
