import type { AidExportFormat } from '@shanhai/shared/contracts';

/** `GET /api/aid/imports/template`: the offline sales template with its header row. */
export function aidImportTemplateUrl(format: AidExportFormat): string {
  return `/api/aid/imports/template?format=${format}`;
}
