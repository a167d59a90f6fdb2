import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Menu, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

export interface NavItem {
  path: string;
  label: string;
  icon?: ReactNode;
}

interface AppLayoutProps {
  navItems: NavItem[];
  selectedPath?: string;
  onNavigate: (path: string) => void;
  userName?: string;
  onLogout: () => void;
  /** Shown in the header before the user's name (the notifications bell). */
  headerExtra?: ReactNode;
  children: ReactNode;
}

/** Header (app name, user, language, sign out), side navigation and the main region. */
export function AppLayout(props: AppLayoutProps) {
  const { navItems, selectedPath, onNavigate, userName, onLogout, headerExtra, children } = props;
  const { t } = useTranslation();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main-content">
        {t('a11y.skipToContent')}
      </a>
      <Layout.Header className="app-header">
        <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
          <Flex align="baseline" gap={12}>
            <span className="app-name">{t('app.name')}</span>
            <span className="app-subtitle">{t('app.subtitle')}</span>
          </Flex>
          <Flex align="center" gap={16}>
            {headerExtra}
            {userName && (
              <Typography.Text
                className="app-user"
                aria-label={t('header.signedInAs', { name: userName })}
              >
                <UserOutlined aria-hidden /> {userName}
              </Typography.Text>
            )}
            <LanguageSwitch />
            <Button icon={<LogoutOutlined aria-hidden />} onClick={onLogout}>
              {t('header.logout')}
            </Button>
          </Flex>
        </Flex>
      </Layout.Header>
      <Layout>
        <Layout.Sider width={232} theme="light" className="app-sider">
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={selectedPath ? [selectedPath] : []}
              onClick={({ key }) => onNavigate(key)}
              items={navItems.map((item) => ({
                key: item.path,
                icon: item.icon,
                label: item.label,
              }))}
              style={{ borderInlineEnd: 0 }}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content id="main-content" tabIndex={-1} className="app-content">
          {children}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
