import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { LogoutMutation } from '../../api/documents';
import { apiErrors } from '../../api/errors';
import { Button } from '../../components/Button';
import type { ViewerFieldsFragment } from '../../gql/graphql';
import { productName, useDocumentTitle } from '../useDocumentTitle';
import { ChangePasswordForm } from './ChangePasswordForm';

export type HomeScreenProps = {
  viewer: ViewerFieldsFragment;
  onLoggedOut: () => void;
};

export const HomeScreen = ({ viewer, onLoggedOut }: HomeScreenProps) => {
  useDocumentTitle('ホーム');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [{ fetching }, logout] = useMutation(LogoutMutation);
  const [logoutError, setLogoutError] = useState('');

  // A new screen after login: move focus to its heading so keyboard and screen-reader users start here.
  useEffect(() => {
    if (!viewer.mustChangePassword) headingRef.current?.focus();
  }, [viewer.mustChangePassword]);

  const onLogout = async () => {
    if (fetching) return;
    setLogoutError('');
    const result = await logout({});
    if (result.data?.logout) {
      onLoggedOut();
      return;
    }
    setLogoutError(
      result.error ? (apiErrors(result.error)[0]?.message ?? '') : 'ログアウトできませんでした。もう一度お試しください。',
    );
  };

  return (
    <div className="min-h-screen bg-solid-gray-50">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:bg-yellow-300 focus:p-2 focus:text-std-16B-170 focus:text-black"
      >
        本文へ移動
      </a>
      <header className="border-b border-solid-gray-420 bg-white">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-6 py-4">
          <p className="text-std-20B-150 text-blue-900">{productName}</p>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
            <dl className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-dns-16N-130">
              <div>
                <dt className="sr-only">氏名</dt>
                <dd className="text-dns-16B-130" data-testid="viewer-display-name">
                  {viewer.displayName}
                </dd>
              </div>
              <div>
                <dt className="sr-only">ログインID</dt>
                <dd className="text-solid-gray-700" data-testid="viewer-login-id">
                  {viewer.loginId}
                </dd>
              </div>
              <div className="ml-4">
                <dt className="sr-only">自治体</dt>
                <dd data-testid="viewer-tenant-name">{viewer.tenant.name}</dd>
              </div>
              <div>
                <dt className="sr-only">地方公共団体コード</dt>
                <dd className="text-solid-gray-700" data-testid="viewer-tenant-lg-code">
                  {viewer.tenant.lgCode}
                </dd>
              </div>
            </dl>
            <Button variant="outline" size="sm" onClick={() => void onLogout()} aria-disabled={fetching || undefined}>
              ログアウト
            </Button>
          </div>
        </div>
        {logoutError && (
          <p role="alert" className="mx-auto max-w-5xl px-6 pb-4 text-std-16N-170 text-red-1000">
            {logoutError}
          </p>
        )}
      </header>

      <main id="main" className="mx-auto flex max-w-5xl flex-col gap-8 px-6 py-10">
        <h1 ref={headingRef} tabIndex={-1} className="text-std-32B-150 text-solid-gray-900 focus:outline-none focus-visible:shadow-none">
          ホーム
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
      </main>
    </div>
  );
};
