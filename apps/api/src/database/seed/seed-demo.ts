import type { DataSource } from 'typeorm';

export interface SeedResult {
  total: number;
  summary: string;
}

// Placeholder until the demo catalogue lands in this folder.
export async function seedDemoData(_ds: DataSource): Promise<SeedResult> {
  return { total: 0, summary: '' };
}
