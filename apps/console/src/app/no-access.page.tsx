import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { session } from '../auth/session';

/** Signed in, but holding no role or campus yet (an IdP that asserts only who the user is). */
export default function NoAccessPage() {
  const { t } = useTranslation();
  return (
    <main>
      <Result
        status="403"
        title={<h1 style={{ fontSize: 24 }}>{t('noAccess.title')}</h1>}
        subTitle={t('noAccess.body')}
        extra={
          <Button
            onClick={() => {
              session.signOut();
              window.location.assign('/sign-in');
            }}
          >
            {t('app.signOut')}
          </Button>
        }
      />
    </main>
  );
}
