import { useDocumentTitle } from '../useDocumentTitle';

export const AdminScreen = () => {
  useDocumentTitle('管理');
  return <h1 className="text-std-32B-150">管理</h1>;
};
