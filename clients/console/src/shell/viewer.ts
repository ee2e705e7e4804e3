import { createContext, use } from 'react';
import type { ViewerFieldsFragment } from '../gql/graphql';

export const ViewerContext = createContext<ViewerFieldsFragment | null>(null);

/** The signed-in staff member; only inside AppShell. */
export function useViewer(): ViewerFieldsFragment {
  const viewer = use(ViewerContext);
  if (!viewer) throw new Error('useViewer outside AppShell');
  return viewer;
}

/** Whether the viewer holds a permission (e.g. mynumber:read), for hiding what the server would refuse anyway. */
export function useCan(permission: string): boolean {
  return useViewer().permissions.includes(permission);
}
