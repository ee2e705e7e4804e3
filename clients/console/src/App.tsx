import { useQuery } from 'urql';
import { ViewerQuery } from './api/documents';
import { apiErrors } from './api/errors';
import { Button } from './components/Button';
import { BrowserRouter, Route, Routes } from 'react-router';
import { AppShell } from './shell/AppShell';
import { AdminScreen } from './screens/admin';
import { AccountScreen } from './screens/home';
import { LoginScreen } from './screens/login';
import { NotificationScreen, PaperScreen } from './screens/notification';
import { ReceptionScreen } from './screens/reception';
import { DocumentReviewScreen } from './screens/review';
import { SearchScreen } from './screens/search';
import { TodayScreen } from './screens/today';
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
          <Route path="receptions/:id" element={<ReceptionScreen />} />
          <Route path="documents/:id" element={<DocumentReviewScreen />} />
          <Route path="notifications/:id" element={<NotificationScreen />} />
          <Route path="notifications/:id/paper" element={<PaperScreen />} />
          <Route path="search" element={<SearchScreen />} />
          <Route path="admin/*" element={<AdminScreen />} />
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
