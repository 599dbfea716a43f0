import { hashPassword } from '@shanhai/api/identity';
import type { DataSource } from 'typeorm';
import { DEMO_COOPERATIVES } from './demo-catalog';

/** Demo logins, listed in the README. They exist only where the demo data is loaded. */
export const DEMO_PASSWORD = 'shanhai-demo-2026';
export const DEMO_CONSUMER = 'shopper@demo.shanhai.test';
export const DEMO_ADMIN = 'admin@demo.shanhai.test';
export const demoMemberEmail = (cooperativeSlug: string) => `${cooperativeSlug}@demo.shanhai.test`;

async function upsertUser(
  ds: DataSource,
  email: string,
  password: string,
  role: 'consumer' | 'cooperative' | 'admin',
  displayName: string,
  cooperativeId: string | null = null,
): Promise<boolean> {
  const exists: unknown[] = await ds.query('SELECT 1 FROM users WHERE email = $1', [email]);
  if (exists.length) return false;
  await ds.query(
    `INSERT INTO users (email, password_hash, display_name, role, cooperative_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (email) DO NOTHING`,
    [email, await hashPassword(password), displayName, role, cooperativeId],
  );
  return true;
}

/** The operator's admin from ADMIN_EMAIL / ADMIN_PASSWORD; created once, never overwritten. */
export async function seedAdmin(
  ds: DataSource,
  email: string | undefined,
  password: string | undefined,
): Promise<number> {
  if (!email || !password) return 0;
  return (await upsertUser(ds, email.toLowerCase(), password, 'admin', 'Administrator')) ? 1 : 0;
}

/** A demo shopper, a demo admin and one member for each demo cooperative. */
export async function seedDemoAccounts(ds: DataSource): Promise<number> {
  let added = 0;
  if (await upsertUser(ds, DEMO_CONSUMER, DEMO_PASSWORD, 'consumer', '演示顾客 Demo Shopper')) added++;
  if (await upsertUser(ds, DEMO_ADMIN, DEMO_PASSWORD, 'admin', '演示管理员 Demo Admin')) added++;
  // the demo sellers only: a cooperative that applied through the product gets its members by invitation
  const coops: { id: string; slug: string; name_zh: string }[] = await ds.query(
    'SELECT id, slug, name_zh FROM cooperatives WHERE slug = ANY($1::text[]) ORDER BY slug',
    [DEMO_COOPERATIVES.map((c) => c.slug)],
  );
  for (const c of coops) {
    if (
      await upsertUser(
        ds,
        demoMemberEmail(c.slug),
        DEMO_PASSWORD,
        'cooperative',
        `${c.name_zh} 演示成员`,
        c.id,
      )
    )
      added++;
  }
  return added;
}
