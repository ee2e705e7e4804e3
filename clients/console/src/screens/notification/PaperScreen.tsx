import { useDocumentTitle } from '../useDocumentTitle';

export const PaperScreen = () => {
  useDocumentTitle('印刷プレビュー');
  return <h1 className="text-std-32B-150">印刷プレビュー</h1>;
};
