import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AidImportDto } from '@shanhai/shared/contracts';
import { apiSend } from '@shanhai/web/shared';
import { aidImportQueryOptions } from './get-aid-import';

/** `POST /api/aid/imports/:id/commit`: writes a ready import's rows to the ledger, all or nothing. */
export function commitAidImport(id: string): Promise<AidImportDto> {
  return apiSend<AidImportDto>('POST', `/api/aid/imports/${encodeURIComponent(id)}/commit`);
}

/**
 * Commits, then lets the import's query follow the commit; a refusal reads the import again. Once entries may have been written,
 * every aid figure (summary, breakdowns, entries, the list of imports) is read anew.
 */
export function useCommitAidImport(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => commitAidImport(id),
    onSuccess: (updated) => {
      if (updated) queryClient.setQueryData(aidImportQueryOptions(id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: ['aid'] });
    },
    // refused (not ready any more, references already in the ledger): show the import as it is now
    onError: () => void queryClient.invalidateQueries({ queryKey: aidImportQueryOptions(id).queryKey }),
  });
}
