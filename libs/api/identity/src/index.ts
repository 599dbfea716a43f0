export * from './auth-user';
export * from './guards';
export * from './login-hooks';
export * from './identity.module';
export * from './sessions.service';
export * from './password';
export * from './cookies';
export * from './membership/origin';
export * from './membership/invitations.service';

import { UserEntity } from './entities/user.entity';
import { PasswordResetTokenEntity, SessionEntity } from './entities/session.entity';
import { CooperativeInvitationEntity } from './entities/invitation.entity';
export { UserEntity, SessionEntity, PasswordResetTokenEntity, CooperativeInvitationEntity };
export const IDENTITY_ENTITIES = [UserEntity, SessionEntity, PasswordResetTokenEntity, CooperativeInvitationEntity];
