import { BellOutlined, CheckOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '@/lib/format';
import {
  useMarkRead,
  useNotifications,
  useUnreadCount,
  type Notification,
} from '../api/notifications';

const linkOf = (notification: Notification) =>
  notification.caseId
    ? `/cases/${notification.caseId}`
    : notification.petitionId
      ? `/petitions/${notification.petitionId}`
      : undefined;

/** The bell in the header: unread count (polled every minute) and the latest notifications. */
export function NotificationBell() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { data: count = 0 } = useUnreadCount();
  const { data: items = [], isFetching } = useNotifications(open);
  const markRead = useMarkRead();

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }}>
      {items.length === 0 && !isFetching ? (
        <Empty description={t('notifications.empty')} />
      ) : (
        <Spin spinning={isFetching}>
          <ul className="plain-list notification-list">
            {items.map((notification) => {
              const to = linkOf(notification);
              return (
                <li key={notification.id}>
                  <Flex gap={8} justify="space-between" align="start">
                    <Flex vertical gap={2}>
                      <Flex gap={6} align="center" wrap>
                        {notification.kind && (
                          <Tag className="notification-kind">
                            {t(`notifications.kind.${notification.kind}`)}
                          </Tag>
                        )}
                        {notification.dueOn && <span>{formatDate(notification.dueOn)}</span>}
                      </Flex>
                      {to ? (
                        <Link
                          to={to}
                          onClick={() => {
                            setOpen(false);
                            if (!notification.readAt) markRead.mutate(notification.id);
                          }}
                          style={{ fontWeight: notification.readAt ? 400 : 600 }}
                        >
                          {notification.title}
                        </Link>
                      ) : (
                        <Typography.Text strong={!notification.readAt}>
                          {notification.title}
                        </Typography.Text>
                      )}
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(notification.createdAt)}
                      </Typography.Text>
                    </Flex>
                    {!notification.readAt && (
                      <Button
                        size="small"
                        icon={<CheckOutlined aria-hidden />}
                        aria-label={t('notifications.markRead')}
                        title={t('notifications.markRead')}
                        onClick={() => markRead.mutate(notification.id)}
                      />
                    )}
                  </Flex>
                </li>
              );
            })}
          </ul>
        </Spin>
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      title={t('notifications.title')}
      content={content}
      placement="bottomRight"
    >
      <Badge count={count} size="small" overflowCount={99}>
        <Button
          shape="circle"
          icon={<BellOutlined aria-hidden />}
          aria-label={count > 0 ? t('notifications.bellCount', { count }) : t('notifications.bell')}
        />
      </Badge>
    </Popover>
  );
}
