import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A unit outside the caller's scope answers 404, exactly like one that does not exist. */
export function UnitNotFound() {
  const { t } = useTranslation('orgunits');
  return (
    <Result
      status="404"
      title={<h2 className="result-title">{t('notFound.title')}</h2>}
      subTitle={t('notFound.text')}
      extra={<Link to="/org-units">{t('notFound.back')}</Link>}
    />
  );
}
