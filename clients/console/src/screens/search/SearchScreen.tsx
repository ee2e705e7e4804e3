import { useDocumentTitle } from '../useDocumentTitle';

export const SearchScreen = () => {
  useDocumentTitle('届出の検索');
  return <h1 className="text-std-32B-150">届出の検索</h1>;
};
