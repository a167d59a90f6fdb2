import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** "<page> · TiếpDân", in the current language; just the app name when there is no page. */
export function useDocumentTitle(pageTitleKey?: string) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = pageTitleKey
      ? t('app.documentTitle', { page: t(pageTitleKey) })
      : t('app.name');
  }, [pageTitleKey, t, i18n.language]);
}
