export * from './auth-user';
export * from './guards';
export * from './login-hooks';
export * from './identity.module';
export * from './sessions.service';
export * from './password';
export * from './cookies';

import { UserEntity } from './entities/user.entity';
import { PasswordResetTokenEntity, SessionEntity } from './entities/session.entity';
export { UserEntity, SessionEntity, PasswordResetTokenEntity };
export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, PasswordResetTokenEntity];
