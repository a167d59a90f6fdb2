import { LoginOutlined } from '@ant-design/icons';
import { Button, Flex, Layout } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitch } from './LanguageSwitch';

interface PublicLayoutProps {
  /** Signed in already: the button opens the application instead of starting a login. */
  signedIn: boolean;
  onLogin: () => void;
  onOpenApp: () => void;
  /** The public pages, linked from the header (path and translated label). */
  links?: readonly { path: string; label: string }[];
  children: ReactNode;
}

/** The frame of the public pages: app name, language and the officials' way in. No navigation. */
export function PublicLayout({
  signedIn,
  onLogin,
  onOpenApp,
  links = [],
  children,
}: PublicLayoutProps) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }} className="public-layout">
      <a className="skip-link" href="#main-content">
        {t('a11y.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
          <Flex align="baseline" gap={12}>
            <span className="app-name">{t('app.name')}</span>
            <span className="app-subtitle">{t('app.subtitle')}</span>
          </Flex>
          {links.length > 1 && (
            <nav aria-label={t('public.label')} className="public-nav no-print">
              {links.map((link) => (
                <NavLink key={link.path} to={link.path}>
                  {link.label}
                </NavLink>
              ))}
            </nav>
          )}
          <Flex align="center" gap={16} className="no-print">
            <LanguageSwitch />
            {signedIn ? (
              <Button onClick={onOpenApp}>{t('public.toApp')}</Button>
            ) : (
              <Button icon={<LoginOutlined aria-hidden />} onClick={onLogin}>
                {t('public.staffLogin')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout.Content id="main-content" tabIndex={-1} className="app-content public-content">
        {children}
      </Layout.Content>
    </Layout>
  );
}
