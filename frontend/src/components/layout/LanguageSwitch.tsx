import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, LANGUAGES, type Language } from '@/lib/i18n';

/** Tiếng Việt / English; the choice is remembered in localStorage. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const value = i18n.resolvedLanguage ? currentLanguage() : 'vi';
  return (
    <Segmented<Language>
      aria-label={t('header.language')}
      size="small"
      value={value}
      onChange={(language) => void changeLanguage(language)}
      options={LANGUAGES.map((language) => ({
        value: language,
        label: <span lang={language}>{t(`language.${language}`)}</span>,
      }))}
    />
  );
}
