import { useDocumentTitle } from '../useDocumentTitle';

export const NotificationScreen = () => {
  useDocumentTitle('住民異動届');
  return <h1 className="text-std-32B-150">住民異動届</h1>;
};
