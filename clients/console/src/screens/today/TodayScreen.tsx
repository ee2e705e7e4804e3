import { useDocumentTitle } from '../useDocumentTitle';

export const TodayScreen = () => {
  useDocumentTitle('本日の受付');
  return <h1 className="text-std-32B-150">本日の受付</h1>;
};
