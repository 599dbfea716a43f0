import type { AidExportFormat, AidFilter, AidView } from '@shanhai/shared/contracts';
import { filterParams } from '../aid-dashboard/dashboard-query';

/** `GET /api/aid/export`: a view of the dashboard under its filters, as a CSV or XLSX download. */
export function aidExportUrl(view: AidView, format: AidExportFormat, filter: AidFilter): string {
  const params = new URLSearchParams({ view, format });
  for (const [key, value] of filterParams(filter)) params.set(key, value);
  return `/api/aid/export?${params.toString()}`;
}
