import { Button, Layout, Menu, Select, Space, Typography } from 'antd';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { session } from '../auth/session';
import { PageState } from '../common/page-state';
import { setLanguage } from '../i18n/i18n';
import { useCaller } from './caller-context';
import { visibleEntries } from './navigation';

/** The frame of every page: the menu the caller's roles allow, the campus switcher, language and sign-out. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const { caller, campusId, setCampusId, has } = useCaller();
  const navigate = useNavigate();
  const location = useLocation();
  const english = i18n.language === 'en';
  const entries = visibleEntries(has);
  const selected = entries.filter((e) => location.pathname.startsWith(e.path)).sort((a, b) => b.path.length - a.path.length)[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={200}>
        <div style={{ padding: 16, fontWeight: 600 }}>{t('app.title')}</div>
        <nav aria-label={t('app.title')}>
          <Menu
            mode="inline"
            selectedKeys={selected ? [selected.path] : []}
            items={entries.map((e) => ({ key: e.path, label: t(e.label) }))}
            onClick={({ key }) => navigate(key)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 16px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'flex-end',
            gap: 12,
            flexWrap: 'wrap',
            height: 'auto',
            minHeight: 64,
          }}
        >
          <Space wrap>
            {caller.campuses.length > 1 && (
              <Select
                aria-label={t('app.campus')}
                style={{ minWidth: 140 }}
                value={campusId ?? ''}
                onChange={(value: string) => setCampusId(value || null)}
                options={[
                  { value: '', label: t('app.allCampuses') },
                  ...caller.campuses.map((c) => ({ value: c.id, label: english ? (c.nameEn ?? c.name) : c.name })),
                ]}
              />
            )}
            {caller.campuses.length === 1 && (
              <Typography.Text>{english ? (caller.campuses[0].nameEn ?? caller.campuses[0].name) : caller.campuses[0].name}</Typography.Text>
            )}
            <Typography.Text strong data-testid="caller-name">
              {caller.name}
            </Typography.Text>
            <Typography.Text type="secondary">{caller.roles.map((r) => (english ? r.en : r.zh)).join('、')}</Typography.Text>
            <Button type="link" onClick={() => setLanguage(english ? 'zh-CN' : 'en')}>
              {t('app.language')}
            </Button>
            <Button
              onClick={() => {
                session.signOut();
                navigate('/sign-in');
              }}
            >
              {t('app.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        {/* Ant Design's Content is the page's <main> landmark. */}
        <Layout.Content style={{ padding: 16 }}>
          <Suspense fallback={<PageState loading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
