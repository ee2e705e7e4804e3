import { type ReactNode, useEffect, useRef } from 'react';
import { useDocumentTitle } from '../useDocumentTitle';

export type AdminPageProps = {
  title: string;
  /** One sentence under the heading: what the page is for. */
  lead?: ReactNode;
  children: ReactNode;
};

/**
 * One page of 管理 under the screen's h1. Moving between the pages puts the focus on the new page's heading;
 * on the first visit the screen's h1 takes it (the parent's effect runs after this one).
 */
export const AdminPage = ({ title, lead, children }: AdminPageProps) => {
  useDocumentTitle(`${title}（管理）`);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  const id = `admin-page-${title}`;
  return (
    <section aria-labelledby={id} className="flex min-w-0 flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h2 id={id} ref={ref} tabIndex={-1} className="text-std-28B-150 focus:outline-none focus-visible:shadow-none">
          {title}
        </h2>
        {lead && <p className="text-std-16N-170 text-solid-gray-700">{lead}</p>}
      </div>
      {children}
    </section>
  );
};

/** A white panel for one task of a page (a list, a form). */
export const Panel = ({ title, children, id }: { title: string; children: ReactNode; id: string }) => (
  <section aria-labelledby={id} className="flex flex-col gap-4 rounded-12 bg-white p-6 shadow-1">
    <h3 id={id} tabIndex={-1} className="text-std-20B-150 focus:outline-none focus-visible:shadow-none">
      {title}
    </h3>
    {children}
  </section>
);

export const NoPermission = ({ what }: { what: string }) => (
  <p className="text-std-16N-170">{what}の権限がありません。必要な場合は管理者に依頼してください。</p>
);
