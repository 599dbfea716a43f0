import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AdminOrderDetailDto,
  AdminOrderListDto,
  AdminUserDto,
  AuditLogDto,
  CertificateQueueStatus,
  CertificateSubmissionDto,
  CooperativeApplicationDto,
  CooperativeStatus,
  OrderDto,
  ProductQueueItemDto,
  ProductReviewStatus,
  RoleChangeRequest,
  UserRole,
} from '@shanhai/shared/contracts';
import { apiGet, apiSend } from '@shanhai/web/shared';
import { auditApiParams, type AuditFilter } from './audit-filter';
import { orderSearchParams, type OrderFilter } from './order-search';

// The console's reads and writes, one hook each; every write reads its queue or order again.

const id = (value: string) => encodeURIComponent(value);

export function useCooperativeQueue(status: CooperativeStatus) {
  return useQuery({
    queryKey: ['console', 'cooperatives', status] as const,
    queryFn: ({ signal }) =>
      apiGet<CooperativeApplicationDto[]>('/api/admin/cooperatives', {
        params: new URLSearchParams({ status }),
        signal,
      }),
  });
}

export function useCooperativeApplication(cooperativeId: string | null) {
  return useQuery({
    queryKey: ['console', 'cooperative', cooperativeId] as const,
    queryFn: ({ signal }) =>
      apiGet<CooperativeApplicationDto>(`/api/admin/cooperatives/${id(cooperativeId ?? '')}`, { signal }),
    enabled: cooperativeId !== null,
  });
}

export type CooperativeAction =
  | { kind: 'approve' }
  | { kind: 'reinstate' }
  | { kind: 'reject'; reason: string }
  | { kind: 'suspend'; reason: string }
  | { kind: 'commission'; commissionBps: number };

/** Approve, reject, suspend, reinstate or set the commission of one seller. */
export function useCooperativeAction(cooperativeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: CooperativeAction) => {
      const path = `/api/admin/cooperatives/${id(cooperativeId)}/${action.kind}`;
      const body =
        action.kind === 'reject' || action.kind === 'suspend'
          ? { reason: action.reason }
          : action.kind === 'commission'
            ? { commissionBps: action.commissionBps }
            : undefined;
      return apiSend<CooperativeApplicationDto>('POST', path, { body });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['console'] }),
  });
}

export function useProductQueue(review: ProductReviewStatus) {
  return useQuery({
    queryKey: ['console', 'products', review] as const,
    queryFn: ({ signal }) =>
      apiGet<ProductQueueItemDto[]>('/api/admin/products', { params: new URLSearchParams({ review }), signal }),
  });
}

/** Approve a product, or reject it with a reason. */
export function useProductReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: { productId: string; reason: string | null }) =>
      decision.reason === null
        ? apiSend<ProductQueueItemDto>('POST', `/api/admin/products/${id(decision.productId)}/approve`)
        : apiSend<ProductQueueItemDto>('POST', `/api/admin/products/${id(decision.productId)}/reject`, {
            body: { reason: decision.reason },
          }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['console', 'products'] }),
  });
}

export function useCertificateQueue(status: CertificateQueueStatus) {
  return useQuery({
    queryKey: ['console', 'certificates', status] as const,
    queryFn: ({ signal }) =>
      apiGet<CertificateSubmissionDto[]>('/api/admin/certificates', {
        params: new URLSearchParams({ status }),
        signal,
      }),
  });
}

export type CertificateDecision =
  | { kind: 'approve'; submissionId: string }
  | { kind: 'reject'; submissionId: string; reason: string }
  | { kind: 'revoke'; certificateId: string; reason: string };

/** Approve or reject a submission (by submission id); revoke one in force (by certificate id). */
export function useCertificateDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (decision: CertificateDecision) => {
      switch (decision.kind) {
        case 'approve':
          return apiSend<CertificateSubmissionDto>(
            'POST',
            `/api/admin/certificates/${id(decision.submissionId)}/approve`,
          );
        case 'reject':
          return apiSend<CertificateSubmissionDto>(
            'POST',
            `/api/admin/certificates/${id(decision.submissionId)}/reject`,
            { body: { reason: decision.reason } },
          );
        case 'revoke':
          return apiSend<CertificateSubmissionDto>(
            'POST',
            `/api/admin/aid-certificates/${id(decision.certificateId)}/revoke`,
            { body: { reason: decision.reason } },
          );
      }
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['console', 'certificates'] }),
  });
}

export function useOrderSearch(filter: OrderFilter) {
  return useQuery({
    queryKey: ['console', 'orders', filter] as const,
    queryFn: ({ signal }) =>
      apiGet<AdminOrderListDto>('/api/admin/orders', { params: orderSearchParams(filter), signal }),
    placeholderData: (previous) => previous,
  });
}

const orderKey = (orderId: string) => ['console', 'order', orderId] as const;

export function useAdminOrder(orderId: string) {
  return useQuery({
    queryKey: orderKey(orderId),
    queryFn: ({ signal }) => apiGet<AdminOrderDetailDto>(`/api/admin/orders/${id(orderId)}`, { signal }),
  });
}

export type OrderAction =
  | { kind: 'payment'; reference: string; amountFen: number }
  | { kind: 'refundLine'; lineId: string; amountFen: number; reason: string }
  | { kind: 'refundOrder'; reason: string };

/** Record an offline payment, refund a line or refund the whole order; the order is read again. */
export function useOrderAction(orderId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: OrderAction): Promise<OrderDto | AdminOrderDetailDto> => {
      switch (action.kind) {
        case 'payment':
          return apiSend<OrderDto>('POST', `/api/admin/orders/${id(orderId)}/payments`, {
            body: { reference: action.reference, amountFen: action.amountFen },
          });
        case 'refundLine':
          return apiSend<OrderDto>(
            'POST',
            `/api/admin/orders/${id(orderId)}/lines/${id(action.lineId)}/refunds`,
            { body: { amountFen: action.amountFen, reason: action.reason } },
          );
        case 'refundOrder':
          return apiSend<AdminOrderDetailDto>('POST', `/api/admin/orders/${id(orderId)}/refund`, {
            body: { reason: action.reason },
          });
      }
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: orderKey(orderId) });
      void queryClient.invalidateQueries({ queryKey: ['console', 'orders'] });
    },
  });
}

export function useAdminUsers(search: { q: string; role: UserRole | undefined; page: number }) {
  return useQuery({
    queryKey: ['console', 'users', search] as const,
    queryFn: ({ signal }) => {
      const params = new URLSearchParams({ page: String(search.page) });
      if (search.q) params.set('q', search.q);
      if (search.role) params.set('role', search.role);
      return apiGet<AdminUserDto[]>('/api/admin/users', { params, signal });
    },
    placeholderData: (previous) => previous,
  });
}

export function useRoleChange() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { userId: string; request: RoleChangeRequest }) =>
      apiSend<AdminUserDto>('POST', `/api/admin/users/${id(change.userId)}/role`, { body: change.request }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['console', 'users'] }),
  });
}

export function useAuditLog(filter: AuditFilter) {
  return useQuery({
    queryKey: ['console', 'audit', filter] as const,
    queryFn: ({ signal }) =>
      apiGet<AuditLogDto[]>('/api/admin/audit', { params: auditApiParams(filter), signal }),
    placeholderData: (previous) => previous,
  });
}
