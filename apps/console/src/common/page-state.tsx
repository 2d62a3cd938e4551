import { Button, Empty, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../graphql/client';

/** The loading, error and empty states every page shows the same way. */
export function PageState({ loading, error, empty, retry }: { loading?: boolean; error?: unknown; empty?: boolean; retry?: () => void }) {
  const { t } = useTranslation();
  if (error)
    return (
      <Result
        status="error"
        title={t('app.error')}
        subTitle={errorMessage(error)}
        extra={retry ? <Button onClick={retry}>{t('app.retry')}</Button> : undefined}
      />
    );
  if (loading)
    return (
      <div role="status" style={{ padding: 48, textAlign: 'center' }}>
        <Spin />
        <div style={{ marginTop: 8 }}>{t('app.loading')}</div>
      </div>
    );
  if (empty) return <Empty description={t('app.empty')} />;
  return null;
}
