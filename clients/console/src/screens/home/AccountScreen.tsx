import { useEffect, useRef } from 'react';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { useDocumentTitle } from '../useDocumentTitle';
import { ChangePasswordForm } from './ChangePasswordForm';

export type AccountScreenProps = {
  viewer: ViewerFieldsFragment;
};

/** The signed-in staff member: roles, permissions and the password change (also where a forced change happens). */
export const AccountScreen = ({ viewer }: AccountScreenProps) => {
  useDocumentTitle('アカウント');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!viewer.mustChangePassword) headingRef.current?.focus();
  }, [viewer.mustChangePassword]);

  return (
      <div className="flex flex-col gap-8">
        <h1 ref={headingRef} tabIndex={-1} className="text-std-32B-150 text-solid-gray-900 focus:outline-none focus-visible:shadow-none">
          アカウント
        </h1>

        <section aria-labelledby="viewer-heading" className="rounded-12 bg-white p-6 shadow-1">
          <h2 id="viewer-heading" className="text-std-24B-150">
            ログイン中の利用者
          </h2>
          <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 text-std-16N-170">
            <dt className="font-bold">氏名</dt>
            <dd>{viewer.displayName}</dd>
            <dt className="font-bold">ログインID</dt>
            <dd>{viewer.loginId}</dd>
            <dt className="font-bold">自治体</dt>
            <dd>
              {viewer.tenant.name}（地方公共団体コード {viewer.tenant.lgCode}）
            </dd>
            <dt className="font-bold">役割</dt>
            <dd>{viewer.roleInfos.length > 0 ? viewer.roleInfos.map((r) => r.label).join('、') : 'なし'}</dd>
          </dl>

          <h3 id="permissions-heading" className="mt-6 text-std-20B-150">
            権限
          </h3>
          {viewer.permissionInfos.length > 0 ? (
            <ul aria-labelledby="permissions-heading" className="mt-2 flex list-disc flex-col gap-1 pl-6 text-std-16N-170">
              {viewer.permissionInfos.map((p) => (
                <li key={p.code}>
                  {p.label} <code className="text-mono-14N-150 text-solid-gray-700">{p.code}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-std-16N-170">権限はありません。</p>
          )}
        </section>

        <ChangePasswordForm required={viewer.mustChangePassword} />
      </div>
  );
};
