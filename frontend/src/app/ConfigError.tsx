import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when /config.json cannot be read: without it there is no sign-in and no API. */
export function ConfigError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <main>
      <Result
        status="error"
        title={<h1 className="result-title">{t('errors.configTitle')}</h1>}
        subTitle={error instanceof Error ? error.message : String(error)}
      />
    </main>
  );
}
