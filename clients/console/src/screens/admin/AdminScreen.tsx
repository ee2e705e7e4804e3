import { type ReactNode, useEffect, useRef } from 'react';
import { Link, NavLink, Route, Routes } from 'react-router';
import { useViewer } from '../../shell/viewer';
import { useDocumentTitle } from '../useDocumentTitle';
import { AddressMasterPage } from './AddressMasterPage';
import { AdminPage, NoPermission } from './AdminPage';
import { CitizenFlowsPage } from './CitizenFlowsPage';
import { CitizenKeysPage } from './CitizenKeysPage';
import { CitizenSettingsPage } from './CitizenSettingsPage';
import { GroupDetailPage, GroupsPage } from './GroupsPage';
import { LayoutsPage } from './LayoutsPage';
import { MaskProfilesPage } from './MaskProfilesPage';
import { OcrSamplePage } from './OcrSamplePage';
import { OcrTemplatesPage } from './OcrTemplatesPage';
import { StockPhrasesPage } from './StockPhrasesPage';
import { UserDetailPage } from './UserDetailPage';
import { UsersPage } from './UsersPage';

type AdminSection = { to: string; label: string; permission: string; description: string };

/** The pages of 管理 in the order an administrator sets up a municipality. */
export const adminSections: readonly AdminSection[] = [
  { to: 'users', label: '利用者', permission: 'user:admin', description: '職員のアカウント、役割、パスワードの再設定' },
  { to: 'groups', label: 'グループ', permission: 'user:admin', description: '課・係ごとのグループと、その役割' },
  { to: 'phrases', label: '定型文', permission: 'template:write', description: '備考に入れる定型文の登録と削除' },
  { to: 'layouts', label: '様式', permission: 'template:write', description: '住民異動届・職権記載書の市独自の様式' },
  {
    to: 'address-master',
    label: '住所マスタ',
    permission: 'template:write',
    description: '管内の町字・丁目・番地の取り込みと書き出し',
  },
  {
    to: 'masks',
    label: 'マスキング設定',
    permission: 'template:write',
    description: '保管するPDFで隠す項目と、見られる役割',
  },
  { to: 'ocr-templates', label: 'OCR定義体', permission: 'template:write', description: '読み取る帳票の定義体' },
  {
    to: 'ocr-sample',
    label: '見本から定義体を作成',
    permission: 'template:write',
    description: '見本の画像に枠を描いて、新しい様式の定義体を作る',
  },
  {
    to: 'citizen',
    label: '手続きナビの設定',
    permission: 'citizen:admin',
    description: '市民の方が使う手続きナビの基調色・あいさつ文・画像・LINE',
  },
  {
    to: 'citizen-flows',
    label: '手続きナビの質問',
    permission: 'citizen:admin',
    description: 'ライフイベントごとの質問・手続き・持ち物と、用語集・窓口',
  },
  {
    to: 'citizen-keys',
    label: '二次元コードの鍵',
    permission: 'citizen:admin',
    description: '市民の方の二次元コードを暗号化する鍵の一覧と更新',
  },
];

const subNavLink = ({ isActive }: { isActive: boolean }) =>
  `block rounded-8 px-3 py-2 text-std-16B-170 focus-visible:outline focus-visible:outline-4 focus-visible:outline-black ${
    isActive ? 'bg-blue-100 text-blue-1000' : 'text-blue-900 underline hover:bg-blue-50'
  }`;

/** 管理 (/admin/*): the sub-pages an administrator may open, each under its own URL. */
export const AdminScreen = () => {
  const viewer = useViewer();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sections = adminSections.filter((s) => viewer.permissions.includes(s.permission));

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="flex flex-col gap-8">
      <h1
        ref={headingRef}
        tabIndex={-1}
        className="text-std-32B-150 text-solid-gray-900 focus:outline-none focus-visible:shadow-none"
      >
        管理
      </h1>
      {sections.length === 0 ? (
        <NoAdmin />
      ) : (
        <div className="grid gap-8 lg:grid-cols-[13rem_minmax(0,1fr)] lg:items-start">
          <nav aria-label="管理メニュー" className="rounded-12 bg-white p-3 shadow-1">
            <ul className="flex flex-wrap gap-1 lg:flex-col">
              {sections.map((s) => (
                <li key={s.to}>
                  <NavLink to={`/admin/${s.to}`} className={subNavLink}>
                    {s.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <div className="min-w-0">
            <Routes>
              <Route index element={<AdminHome sections={sections} />} />
              <Route
                path="users"
                element={<Guard permission="user:admin" what="利用者の管理" page={<UsersPage />} />}
              />
              <Route
                path="users/:id"
                element={<Guard permission="user:admin" what="利用者の管理" page={<UserDetailPage />} />}
              />
              <Route
                path="groups"
                element={<Guard permission="user:admin" what="グループの管理" page={<GroupsPage />} />}
              />
              <Route
                path="groups/:id"
                element={<Guard permission="user:admin" what="グループの管理" page={<GroupDetailPage />} />}
              />
              <Route
                path="phrases"
                element={<Guard permission="template:write" what="定型文の登録" page={<StockPhrasesPage />} />}
              />
              <Route
                path="layouts"
                element={<Guard permission="template:write" what="様式の登録" page={<LayoutsPage />} />}
              />
              <Route
                path="address-master"
                element={<Guard permission="template:write" what="住所マスタの取り込み" page={<AddressMasterPage />} />}
              />
              <Route
                path="masks"
                element={<Guard permission="template:write" what="マスキング設定" page={<MaskProfilesPage />} />}
              />
              <Route
                path="ocr-templates"
                element={<Guard permission="template:write" what="OCR定義体の管理" page={<OcrTemplatesPage />} />}
              />
              <Route
                path="ocr-sample"
                element={<Guard permission="template:write" what="OCR定義体の作成" page={<OcrSamplePage />} />}
              />
              <Route
                path="citizen"
                element={<Guard permission="citizen:admin" what="手続きナビの設定" page={<CitizenSettingsPage />} />}
              />
              <Route
                path="citizen-flows"
                element={<Guard permission="citizen:admin" what="手続きナビの質問" page={<CitizenFlowsPage />} />}
              />
              <Route
                path="citizen-keys"
                element={<Guard permission="citizen:admin" what="二次元コードの鍵" page={<CitizenKeysPage />} />}
              />
              <Route path="*" element={<AdminNotFound />} />
            </Routes>
          </div>
        </div>
      )}
    </div>
  );
};

const Guard = ({ permission, what, page }: { permission: string; what: string; page: ReactNode }) => {
  const viewer = useViewer();
  if (viewer.permissions.includes(permission)) return page;
  return (
    <AdminPage title={what}>
      <NoPermission what={what} />
    </AdminPage>
  );
};

const AdminHome = ({ sections }: { sections: readonly AdminSection[] }) => {
  useDocumentTitle('管理');
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {sections.map((s) => (
        <li key={s.to} className="rounded-12 bg-white p-5 shadow-1">
          <Link
            to={`/admin/${s.to}`}
            className="text-std-20B-150 text-blue-900 underline underline-offset-[calc(3/16*1rem)] hover:decoration-[calc(3/16*1rem)] focus-visible:bg-yellow-300"
          >
            {s.label}
          </Link>
          <p className="mt-1 text-std-16N-170 text-solid-gray-700">{s.description}</p>
        </li>
      ))}
    </ul>
  );
};

const NoAdmin = () => {
  useDocumentTitle('管理');
  return <p className="text-std-16N-170">管理の権限がありません。設定の変更は管理者に依頼してください。</p>;
};

const AdminNotFound = () => (
  <AdminPage title="ページがありません">
    <p className="text-std-16N-170">左の管理メニューから選んでください。</p>
  </AdminPage>
);
