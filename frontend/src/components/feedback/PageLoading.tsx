import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** A centred spinner announced to screen readers. */
export function PageLoading({ label }: { label?: string }) {
  const { t } = useTranslation();
  const text = label ?? t('loading');
  return (
    <Flex
      role="status"
      aria-live="polite"
      vertical
      align="center"
      justify="center"
      gap={12}
      style={{ minHeight: 240 }}
    >
      <Spin size="large" />
      <span>{text}</span>
    </Flex>
  );
}
