import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CertificateSubmissionDto,
  CertificateSubmissionRequest,
  CooperativeApplicationDto,
  CooperativeApplicationRequest,
  InvitationDto,
  MembersDto,
  PickListDto,
  PortalFulfilmentDto,
  PortalHomeDto,
  PortalImageDto,
  PortalOrderListDto,
  PortalProductDto,
  PayoutsDto,
  ProductCreateRequest,
  ProductStatusValue,
  ProductUpdateRequest,
  ShipFulfilmentRequest,
  StockChangeRequest,
  StockMovementDto,
  VariantUpdate,
  VariantInput,
} from '@shanhai/shared/contracts';
import { apiGet, apiSend } from '@shanhai/web/shared';
import { uploadFile } from './upload-file';

// The cooperative portal's calls (`/api/co/...`, applications, fulfilments). Every query key starts
// with 'co', so a change anywhere refreshes what the home page counts as well.

export const coKeys = {
  all: ['co'] as const,
  home: ['co', 'home'] as const,
  applications: ['co', 'applications'] as const,
  products: ['co', 'products'] as const,
  product: (id: string) => ['co', 'products', id] as const,
  movements: (variantId: string | null) => ['co', 'movements', variantId ?? 'all'] as const,
  certificates: ['co', 'certificates'] as const,
  orders: (status: string, page: number) => ['co', 'orders', status, page] as const,
  pickList: ['co', 'pick-list'] as const,
  payouts: ['co', 'payouts'] as const,
  members: ['co', 'members'] as const,
};

function useInvalidateCo() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: coKeys.all });
}

// ---- applying ----

export function useMyApplications() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.applications,
      queryFn: ({ signal }) =>
        apiGet<CooperativeApplicationDto[]>('/api/cooperative-applications/mine', { signal }),
    }),
  );
}

export function useApply() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (request: CooperativeApplicationRequest) =>
      apiSend<CooperativeApplicationDto>('POST', '/api/cooperative-applications', { body: request }),
    onSuccess: invalidate,
  });
}

// ---- home ----

export function usePortalHome() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.home,
      queryFn: ({ signal }) => apiGet<PortalHomeDto>('/api/co/home', { signal }),
    }),
  );
}

// ---- products, stock, photos ----

export function usePortalProducts() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.products,
      queryFn: ({ signal }) => apiGet<PortalProductDto[]>('/api/co/products', { signal }),
    }),
  );
}

export function usePortalProduct(id: string) {
  return useQuery(
    queryOptions({
      queryKey: coKeys.product(id),
      queryFn: ({ signal }) =>
        apiGet<PortalProductDto>(`/api/co/products/${encodeURIComponent(id)}`, { signal }),
    }),
  );
}

export function useCreateProduct() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (request: ProductCreateRequest) =>
      apiSend<PortalProductDto>('POST', '/api/co/products', { body: request }),
    onSuccess: invalidate,
  });
}

export function useUpdateProduct(id: string) {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (request: ProductUpdateRequest) =>
      apiSend<PortalProductDto>('PATCH', `/api/co/products/${encodeURIComponent(id)}`, { body: request }),
    onSuccess: invalidate,
  });
}

export function useSetProductStatus() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ProductStatusValue }) =>
      apiSend<PortalProductDto>('POST', `/api/co/products/${encodeURIComponent(id)}/status`, {
        body: { status },
      }),
    onSuccess: invalidate,
  });
}

/** `POST /api/co/products/:id/variants`: a new variant, its stock at 0 until a movement adds some. */
export function useAddVariant() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({ productId, variant }: { productId: string; variant: VariantInput }) =>
      apiSend<PortalProductDto>('POST', `/api/co/products/${encodeURIComponent(productId)}/variants`, {
        body: variant,
      }),
    onSuccess: invalidate,
  });
}

export function useUpdateVariant() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: VariantUpdate }) =>
      apiSend<PortalProductDto>('PATCH', `/api/co/variants/${encodeURIComponent(id)}`, { body: change }),
    onSuccess: invalidate,
  });
}

export function useChangeStock() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({ variantId, change }: { variantId: string; change: StockChangeRequest }) =>
      apiSend<StockMovementDto>('POST', `/api/co/variants/${encodeURIComponent(variantId)}/stock`, {
        body: change,
      }),
    onSuccess: invalidate,
  });
}

export function useStockMovements(variantId: string | null) {
  return useQuery(
    queryOptions({
      queryKey: coKeys.movements(variantId),
      queryFn: ({ signal }) =>
        apiGet<StockMovementDto[]>(
          variantId
            ? `/api/co/stock-movements?variant=${encodeURIComponent(variantId)}`
            : '/api/co/stock-movements',
          { signal },
        ),
    }),
  );
}

export function useUploadProductImage(productId: string) {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (file: File) =>
      uploadFile<PortalImageDto>(`/api/co/products/${encodeURIComponent(productId)}/images`, file),
    onSuccess: invalidate,
  });
}

export function useRemoveProductImage(productId: string) {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (imageId: string) =>
      apiSend(
        'DELETE',
        `/api/co/products/${encodeURIComponent(productId)}/images/${encodeURIComponent(imageId)}`,
      ),
    onSuccess: invalidate,
  });
}

// ---- certificates ----

export function usePortalCertificates() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.certificates,
      queryFn: ({ signal }) => apiGet<CertificateSubmissionDto[]>('/api/co/certificates', { signal }),
    }),
  );
}

/** Submits the certificate, then its scan (a second request, to the submission the first created). */
export function useSubmitCertificate() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: async ({
      productId,
      request,
      scan,
    }: {
      productId: string;
      request: CertificateSubmissionRequest;
      scan: File | null;
    }) => {
      const created = await apiSend<CertificateSubmissionDto>(
        'POST',
        `/api/co/products/${encodeURIComponent(productId)}/certificates`,
        { body: request },
      );
      if (!scan || !created.submissionId) return { created, scanError: null };
      try {
        const withScan = await uploadFile<CertificateSubmissionDto>(
          `/api/co/certificates/${encodeURIComponent(created.submissionId)}/scan`,
          scan,
        );
        return { created: withScan, scanError: null };
      } catch (scanError) {
        return { created, scanError };
      }
    },
    onSuccess: invalidate,
  });
}

export function useAttachScan() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({ submissionId, scan }: { submissionId: string; scan: File }) =>
      uploadFile<CertificateSubmissionDto>(
        `/api/co/certificates/${encodeURIComponent(submissionId)}/scan`,
        scan,
      ),
    onSuccess: invalidate,
  });
}

// ---- orders ----

export function usePortalOrders(status: string, page: number) {
  return useQuery(
    queryOptions({
      queryKey: coKeys.orders(status, page),
      queryFn: ({ signal }) => {
        const params = new URLSearchParams({ page: String(page), pageSize: '20' });
        if (status !== 'all') params.set('status', status);
        return apiGet<PortalOrderListDto>(`/api/co/orders?${params.toString()}`, { signal });
      },
    }),
  );
}

export function usePickList() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.pickList,
      queryFn: ({ signal }) => apiGet<PickListDto>('/api/co/orders/pick-list', { signal }),
    }),
  );
}

export function useShip() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: ({
      fulfilment,
      request,
    }: {
      fulfilment: PortalFulfilmentDto;
      request: ShipFulfilmentRequest;
    }) =>
      apiSend<{ orderId: string }>('POST', `/api/fulfilments/${encodeURIComponent(fulfilment.id)}/ship`, {
        body: request,
      }),
    onSuccess: invalidate,
  });
}

export function useDeliver() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (fulfilmentId: string) =>
      apiSend<{ orderId: string }>('POST', `/api/fulfilments/${encodeURIComponent(fulfilmentId)}/deliver`),
    onSuccess: invalidate,
  });
}

/** `GET /api/co/orders/export.csv`: the order lines as a CSV download (dates in China time). */
export function ordersCsvUrl(from?: string, to?: string): string {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  const query = params.toString();
  return `/api/co/orders/export.csv${query ? `?${query}` : ''}`;
}

// ---- payouts and members ----

export function usePayouts() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.payouts,
      queryFn: ({ signal }) => apiGet<PayoutsDto>('/api/co/payouts', { signal }),
    }),
  );
}

export function useMembers() {
  return useQuery(
    queryOptions({
      queryKey: coKeys.members,
      queryFn: ({ signal }) => apiGet<MembersDto>('/api/co/members', { signal }),
    }),
  );
}

export function useInvite() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (email: string) => apiSend<InvitationDto>('POST', '/api/co/invitations', { body: { email } }),
    onSuccess: invalidate,
  });
}

export function useRevokeInvitation() {
  const invalidate = useInvalidateCo();
  return useMutation({
    mutationFn: (id: string) => apiSend('DELETE', `/api/co/invitations/${encodeURIComponent(id)}`),
    onSuccess: invalidate,
  });
}
