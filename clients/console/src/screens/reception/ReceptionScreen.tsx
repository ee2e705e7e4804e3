import { useDocumentTitle } from '../useDocumentTitle';

export const ReceptionScreen = () => {
  useDocumentTitle('受付');
  return <h1 className="text-std-32B-150">受付</h1>;
};
