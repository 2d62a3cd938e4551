import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import type { ConsoleConfig } from '../auth/console-config';
import { session } from '../auth/session';
import { PageState } from '../common/page-state';
import { createClient } from '../graphql/client';
import { CallerProvider, useCaller } from './caller-context';
import { homePath } from './navigation';
import { Shell } from './shell';

// Each page is its own chunk, sign-in and the 404 page too: the first load carries the shell only.
const SignInPage = lazy(() => import('../auth/sign-in.page'));
const NotFoundPage = lazy(() => import('./not-found.page'));
const WorkOrderListPage = lazy(() => import('../work-order/work-order-list.page'));
const WorkOrderDetailPage = lazy(() => import('../work-order/work-order-detail.page'));
const RaiseRequestPage = lazy(() => import('../work-order/raise-request.page'));
const MyWorkPage = lazy(() => import('../work-order/my-work.page'));
const DispatchBoardPage = lazy(() => import('../dispatch/dispatch-board.page'));

/** Ant Design's default blue and grey texts fall short of WCAG AA contrast (4.5:1) on white: darker shades throughout. */
const THEME = {
  token: {
    colorPrimary: '#0958d9',
    colorInfo: '#0958d9',
    colorLink: '#0958d9',
    colorLinkHover: '#003eb3',
    colorPrimaryHover: '#003eb3',
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
  },
};

function Home() {
  const { has } = useCaller();
  return <Navigate to={homePath(has)} replace />;
}

function RequireSession({ children }: { children: ReactNode }) {
  return session.token() ? children : <Navigate to="/sign-in" replace />;
}

export function App({ config }: { config: ConsoleConfig }) {
  const { i18n } = useTranslation();
  const client = useMemo(
    () =>
      createClient(() => {
        session.signOut();
        window.location.assign('/sign-in?expired=1');
      }),
    [],
  );
  const router = useMemo(
    () =>
      createBrowserRouter([
        {
          path: '/sign-in',
          element: (
            <Suspense fallback={<PageState loading />}>
              <SignInPage config={config} expired={new URLSearchParams(window.location.search).has('expired')} />
            </Suspense>
          ),
        },
        {
          path: '/',
          element: (
            <RequireSession>
              <CallerProvider>
                <Shell />
              </CallerProvider>
            </RequireSession>
          ),
          children: [
            { index: true, element: <Home /> },
            { path: 'my-work', element: <MyWorkPage /> },
            { path: 'dispatch', element: <DispatchBoardPage /> },
            { path: 'work-orders', element: <WorkOrderListPage /> },
            { path: 'work-orders/new', element: <RaiseRequestPage /> },
            { path: 'work-orders/:id', element: <WorkOrderDetailPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ]),
    [config],
  );
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <ApolloProvider client={client}>
          <RouterProvider router={router} />
        </ApolloProvider>
      </AntApp>
    </ConfigProvider>
  );
}
