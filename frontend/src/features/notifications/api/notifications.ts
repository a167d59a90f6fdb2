import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api, unwrap } from '@/lib/api-client';

/** An in-app notification (due soon, overdue, assigned, transferred in); never identity. */
export type Notification = components['schemas']['NotificationView'] & { id: string };

/** Polled every minute while the app is open. */
export const POLL_MS = 60_000;

export const useUnreadCount = () =>
  useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: async () => (await unwrap(api().GET('/api/v1/notifications/unread-count'))).count ?? 0,
    refetchInterval: POLL_MS,
    retry: false,
  });

export const useNotifications = (enabled: boolean) =>
  useQuery({
    queryKey: ['notifications', 'list'],
    queryFn: async () =>
      ((
        await unwrap(
          api().GET('/api/v1/notifications', { params: { query: { page: 0, size: 20 } } }),
        )
      ).items ?? []) as Notification[],
    enabled,
  });

export const useMarkRead = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(api().POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
};
