import { Button, Result } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from 'react-oidc-context';
import { PageLoading } from '@/components/feedback/PageLoading';
import { currentLocation } from '@/lib/auth/oidc';

/** Sends a signed-out user to the Keycloak login page, remembering where they wanted to go. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const { t } = useTranslation();
  const mustSignIn =
    !auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator && !auth.error;
  const { signinRedirect } = auth;

  useEffect(() => {
    if (mustSignIn) void signinRedirect({ state: currentLocation() });
  }, [mustSignIn, signinRedirect]);

  if (auth.error && !auth.isAuthenticated) {
    return (
      <Result
        status="warning"
        title={<h1 className="result-title">{t('auth.errorTitle')}</h1>}
        subTitle={auth.error.message}
        extra={
          <Button type="primary" onClick={() => void signinRedirect({ state: currentLocation() })}>
            {t('auth.retry')}
          </Button>
        }
      />
    );
  }
  if (!auth.isAuthenticated) return <PageLoading label={t('auth.redirecting')} />;
  return children;
}
