import { useQuery } from 'urql';
import { ViewerQuery } from './api/documents';
import { apiErrors } from './api/errors';
import { Button } from './components/Button';
import { lazy, type ReactNode, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './shell/AppShell';
import { AccountScreen } from './screens/home';
import { LoginScreen } from './screens/login';
import { TodayScreen } from './screens/today';

// The first screen after login loads with the app; the others when first opened, so a counter PC starts fast.
const ReceptionScreen = lazy(() => import('./screens/reception').then((m) => ({ default: m.ReceptionScreen })));
const DocumentReviewScreen = lazy(() => import('./screens/review').then((m) => ({ default: m.DocumentReviewScreen })));
const NotificationScreen = lazy(() => import('./screens/notification').then((m) => ({ default: m.NotificationScreen })));
const PaperScreen = lazy(() => import('./screens/notification').then((m) => ({ default: m.PaperScreen })));
const SearchScreen = lazy(() => import('./screens/search').then((m) => ({ default: m.SearchScreen })));
const AccessReportScreen = lazy(() => import('./screens/reports').then((m) => ({ default: m.AccessReportScreen })));
const AdminScreen = lazy(() => import('./screens/admin').then((m) => ({ default: m.AdminScreen })));
import { useDocumentTitle } from './screens/useDocumentTitle';

export type AppProps = {
  /** Called after a login or logout succeeded. */
  onSessionChange: () => void;
};

export const App = ({ onSessionChange }: AppProps) => {
  const [{ data, fetching, error }, reexecute] = useQuery({ query: ViewerQuery });

  if (fetching && !data) return <Loading />;

  if (error && !data) {
    const errors = apiErrors(error);
    if (errors.every((e) => e.code === 'unauthorized')) return <LoginScreen onLoggedIn={onSessionChange} />;
    return (
      <LoadFailed
        message={errors[0]?.message ?? ''}
        onRetry={() => {
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    );
  }

  const viewer = data?.viewer;
  if (!viewer) return <LoginScreen onLoggedIn={onSessionChange} />;
  // A forced password change comes before any work: the account screen is the only one offered.
  if (viewer.mustChangePassword) {
    return (
      <BrowserRouter>
        <Routes>
          <Route element={<AppShell viewer={viewer} onLoggedOut={onSessionChange} />}>
            <Route path="*" element={<AccountScreen viewer={viewer} />} />
          </Route>
        </Routes>
      </BrowserRouter>
    );
  }
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppShell viewer={viewer} onLoggedOut={onSessionChange} />}>
          <Route index element={<TodayScreen />} />
          <Route path="receptions/:id" element={<Lazy screen={<ReceptionScreen />} />} />
          <Route path="documents/:id" element={<Lazy screen={<DocumentReviewScreen />} />} />
          <Route path="notifications/:id" element={<Lazy screen={<NotificationScreen />} />} />
          <Route path="notifications/:id/paper" element={<Lazy screen={<PaperScreen />} />} />
          <Route path="search" element={<Lazy screen={<SearchScreen />} />} />
          <Route path="reports/access" element={<Lazy screen={<AccessReportScreen />} />} />
          <Route path="admin/*" element={<Lazy screen={<AdminScreen />} />} />
          <Route path="account" element={<AccountScreen viewer={viewer} />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
};

const NotFound = () => {
  useDocumentTitle('ページがありません');
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-std-32B-150">ページがありません</h1>
      <p className="text-std-16N-170">URLを確かめるか、上のメニューから画面を選んでください。</p>
    </div>
  );
};

const Lazy = ({ screen }: { screen: ReactNode }) => <Suspense fallback={<Loading />}>{screen}</Suspense>;

const Loading = () => {
  useDocumentTitle('読み込み中');
  return (
    <main className="mx-auto max-w-3xl p-6">
      <p role="status" className="text-std-16N-170">
        読み込み中です…
      </p>
    </main>
  );
};

const LoadFailed = ({ message, onRetry }: { message: string; onRetry: () => void }) => {
  useDocumentTitle('エラー');
  return (
    <main className="mx-auto flex max-w-3xl flex-col items-start gap-4 p-6">
      <h1 className="text-std-28B-150">画面を表示できませんでした</h1>
      <p role="alert" className="text-std-16N-170 text-red-1000">
        {message}
      </p>
      <Button variant="solid-fill" size="md" onClick={onRetry}>
        再読み込み
      </Button>
    </main>
  );
};
