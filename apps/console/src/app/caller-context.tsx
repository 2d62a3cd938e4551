import { useQuery } from '@apollo/client/react';
import { createContext, lazy, Suspense, useContext, useMemo, useState, type ReactNode } from 'react';
import type { MeQuery as MeResult } from '../gql/graphql';
import { errorCode } from '../graphql/client';
import { PageState } from '../common/page-state';
import { MeQuery } from './caller.graphql';

export type Caller = MeResult['me'];

interface CallerState {
  caller: Caller;
  /** The campus the pages show, or null for every campus in reach. */
  campusId: string | null;
  setCampusId(campusId: string | null): void;
  has(...roles: string[]): boolean;
}

const NoAccessPage = lazy(() => import('./no-access.page'));
const noAccess = (
  <Suspense fallback={<PageState loading />}>
    <NoAccessPage />
  </Suspense>
);

const CallerContext = createContext<CallerState | null>(null);
const CAMPUS_KEY = 'houqin.campus';

/** Asks `me` once after sign-in; a caller with no role or campus gets the "no access yet" page, not an error. */
export function CallerProvider({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch } = useQuery(MeQuery, { fetchPolicy: 'network-only' });
  const [campusId, setCampus] = useState<string | null>(() => sessionStorage.getItem(CAMPUS_KEY));
  const state = useMemo<CallerState | null>(() => {
    if (!data?.me) return null;
    const caller = data.me;
    const inReach = caller.campuses.some((c) => c.id === campusId) ? campusId : caller.campuses.length === 1 ? caller.campuses[0].id : null;
    return {
      caller,
      campusId: inReach,
      setCampusId: (id) => {
        if (id) sessionStorage.setItem(CAMPUS_KEY, id);
        else sessionStorage.removeItem(CAMPUS_KEY);
        setCampus(id);
      },
      has: (...roles) => caller.roles.some((role) => roles.includes(role.name)),
    };
  }, [data, campusId]);
  if (error && errorCode(error) === 'FORBIDDEN') return noAccess;
  if (!state) return <PageState loading={loading} error={error} retry={() => void refetch()} />;
  if (!state.caller.roles.length || (!state.caller.groupWide && !state.caller.campuses.length)) return noAccess;
  return <CallerContext.Provider value={state}>{children}</CallerContext.Provider>;
}

export function useCaller(): CallerState {
  const state = useContext(CallerContext);
  if (!state) throw new Error('useCaller outside CallerProvider');
  return state;
}
