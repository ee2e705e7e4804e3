import { useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LogoutMutation } from '../api/documents';
import { apiErrors } from '../api/errors';
import { Button } from '../components/Button';
import type { ViewerFieldsFragment } from '../gql/graphql';
import { productName } from '../screens/useDocumentTitle';
import { ViewerContext } from './viewer';

export type AppShellProps = {
  viewer: ViewerFieldsFragment;
  onLoggedOut: () => void;
};

type NavItem = { to: string; label: string; permission?: string; end?: boolean };

// The counter's screens in the order staff use them; admin only for those who may change settings.
const navItems: NavItem[] = [
  { to: '/', label: '本日の受付', end: true },
  { to: '/search', label: '届出の検索' },
  { to: '/reports/access', label: 'アクセス数', permission: 'report:read' },
  { to: '/admin', label: '管理', permission: 'template:write' },
  { to: '/account', label: 'アカウント' },
];

/** Header, navigation and the skip link shared by every screen after login. */
export const AppShell = ({ viewer, onLoggedOut }: AppShellProps) => {
  const [{ fetching }, logout] = useMutation(LogoutMutation);
  const [logoutError, setLogoutError] = useState('');
  const navigate = useNavigate();

  const onLogout = async () => {
    if (fetching) return;
    setLogoutError('');
    const result = await logout({});
    if (result.data?.logout) {
      void navigate('/');
      onLoggedOut();
      return;
    }
    setLogoutError(
      result.error ? (apiErrors(result.error)[0]?.message ?? '') : 'ログアウトできませんでした。もう一度お試しください。',
    );
  };

  const items = navItems.filter((i) => !i.permission || viewer.permissions.includes(i.permission));

  return (
    <ViewerContext value={viewer}>
      <div className="min-h-screen bg-solid-gray-50">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-10 focus:bg-yellow-300 focus:p-2 focus:text-std-16B-170 focus:text-black"
        >
          本文へ移動
        </a>
        <header className="border-b border-solid-gray-420 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-4 px-6 py-3">
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
          <nav aria-label="メイン" className="mx-auto max-w-7xl px-6">
            <ul className="flex flex-wrap gap-x-2">
              {items.map((i) => (
                <li key={i.to}>
                  <NavLink
                    to={i.to}
                    end={i.end ?? false}
                    className={({ isActive }) =>
                      `inline-block border-b-4 px-3 py-2 text-std-16B-170 focus-visible:outline focus-visible:outline-4 focus-visible:outline-black ${
                        isActive ? 'border-blue-900 text-blue-900' : 'border-transparent text-solid-gray-800 hover:text-blue-900'
                      }`
                    }
                  >
                    {i.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          {logoutError && (
            <p role="alert" className="mx-auto max-w-7xl px-6 pb-4 text-std-16N-170 text-red-1000">
              {logoutError}
            </p>
          )}
        </header>
        <main id="main" className="mx-auto max-w-7xl px-6 py-8">
          <Outlet />
        </main>
      </div>
    </ViewerContext>
  );
};
