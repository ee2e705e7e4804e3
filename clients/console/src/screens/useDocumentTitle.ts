import { useEffect } from 'react';

export const productName = '書かない窓口';

/** Sets the window title to 「page｜書かない窓口」, what a screen reader reads first after a screen change. */
export function useDocumentTitle(page: string): void {
  useEffect(() => {
    document.title = `${page}｜${productName}`;
  }, [page]);
}
