import { Alert, Button, Card, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ConsoleConfig } from './console-config';
import { session } from './session';

/** Local mode: pick a demo login (README). With the hospital's IdP, the OIDC sign-in replaces this page. */
export default function SignInPage({ config, expired }: { config: ConsoleConfig; expired?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <main style={{ maxWidth: 720, margin: '48px auto', padding: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 24 }}>
        {t('signIn.title')}
      </Typography.Title>
      {expired && <Alert type="warning" title={t('signIn.expired')} style={{ marginBottom: 16 }} />}
      {config.signIn === 'demo' ? (
        <Card title={t('signIn.demoHint')}>
          <List
            dataSource={config.logins}
            renderItem={(login) => (
              <List.Item
                actions={[
                  <Button
                    key="sign-in"
                    type="primary"
                    aria-label={`${t('signIn.as')} ${login.login}`}
                    onClick={() => {
                      session.signIn(login.token);
                      navigate('/', { replace: true });
                    }}
                  >
                    {t('signIn.as')}
                  </Button>,
                ]}
              >
                <List.Item.Meta title={`${login.name} (${login.login})`} description={login.description} />
              </List.Item>
            )}
          />
        </Card>
      ) : (
        <Alert type="info" title={t('signIn.sso')} />
      )}
    </main>
  );
}
