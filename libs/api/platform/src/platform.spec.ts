import { loadConfig, ConfigError } from './config/app-config';
import { describeDatabaseError, isConnectionError, safeUrl } from './database/database-errors';
import { issuesToFields } from './http/issues-to-fields';

describe('loadConfig', () => {
  it('defaults to the embedded database, which migrates and seeds', () => {
    const c = loadConfig({});
    expect(c.databaseUrl).toBeUndefined();
    expect(c.port).toBe(3000);
    expect(c.migrateOnStart).toBe(true);
    expect(c.seedDemo).toBe(true);
  });

  it('does not migrate or seed a configured server unless asked', () => {
    const c = loadConfig({ DATABASE_URL: 'postgres://u@db:5432/shanhai', PORT: '8080' });
    expect(c.port).toBe(8080);
    expect(c.migrateOnStart).toBe(false);
    expect(c.seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/x', MIGRATE_ON_START: 'true' }).migrateOnStart).toBe(true);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DB_POOL_SIZE: '0' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DB_POOL_SIZE: '0' });
    } catch (e) {
      expect((e as Error).message).toMatch(/PORT/);
      expect((e as Error).message).toMatch(/DB_POOL_SIZE/);
    }
  });
});

describe('describeDatabaseError', () => {
  it('says what to do when the server refuses connections, without the password', () => {
    const line = describeDatabaseError({ code: 'ECONNREFUSED' }, 'postgres://app:secret@127.0.0.1:5999/shanhai');
    expect(line).toContain('connection refused');
    expect(line).toContain('unset DATABASE_URL');
    expect(line).not.toContain('secret');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('explains a missing database', () => {
    expect(describeDatabaseError({ code: '3D000' }, 'postgres://u@h/nope')).toMatch(/does not exist/);
  });

  it('masks the password', () => {
    expect(safeUrl('postgres://a:b@h:1/d')).toBe('postgres://a:***@h:1/d');
  });

  it('tells connection failures from query errors', () => {
    expect(isConnectionError({ code: 'ECONNREFUSED' })).toBe(true);
    expect(isConnectionError({ code: '23505' })).toBe(false);
  });
});

describe('issuesToFields', () => {
  it('groups messages by dotted path', () => {
    expect(
      issuesToFields([
        { message: 'too big', path: ['pageSize'] },
        { message: 'bad', path: [{ key: 'lines' }, 0, 'qty'] },
        { message: 'also bad', path: ['pageSize'] },
        { message: 'whole body' },
      ]),
    ).toEqual({ pageSize: ['too big', 'also bad'], 'lines.0.qty': ['bad'], _: ['whole body'] });
  });
});
