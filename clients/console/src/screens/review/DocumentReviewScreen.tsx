import { useDocumentTitle } from '../useDocumentTitle';

export const DocumentReviewScreen = () => {
  useDocumentTitle('読取結果の確認');
  return <h1 className="text-std-32B-150">読取結果の確認</h1>;
};
