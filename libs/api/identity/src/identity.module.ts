import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { MailService, OutboxWorker } from '@shanhai/api/platform';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthGuard } from './guards';
import { LoginHooks } from './login-hooks';
import { SessionsService } from './sessions.service';
import { AdminUsersController } from './membership/admin-users.controller';
import { AdminUsersService } from './membership/admin-users.service';
import { CoMembersController, InvitationsController } from './membership/invitations.controller';
import { INVITATION_MAIL, InvitationsService } from './membership/invitations.service';

/** Accounts, sessions and the guards every other module uses. */
@Global()
@Module({
  controllers: [AuthController, InvitationsController, CoMembersController, AdminUsersController],
  providers: [AuthService, SessionsService, AuthGuard, LoginHooks, InvitationsService, AdminUsersService],
  exports: [SessionsService, AuthGuard, LoginHooks, InvitationsService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly outbox: OutboxWorker,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.outbox.on('mail.password_reset', async ({ payload }) => {
      const p = payload as { to: string; link: string; minutes: number };
      await this.mail.send({
        to: p.to,
        subject: '山海集市：重设密码 / Shanhai Market: reset your password',
        text:
          `请在 ${p.minutes} 分钟内打开以下链接重设密码：\n${p.link}\n\n` +
          `Open this link within ${p.minutes} minutes to set a new password:\n${p.link}\n\n` +
          '如果不是您本人操作，请忽略此邮件。 If you did not ask for this, ignore this mail.',
      });
    });
    this.outbox.on(INVITATION_MAIL, async ({ payload }) => {
      const p = payload as { to: string; cooperative: { zh: string; en: string }; link: string; days: number };
      await this.mail.send({
        to: p.to,
        subject: `山海集市：加入${p.cooperative.zh} / Shanhai Market: join ${p.cooperative.en}`,
        text:
          `您被邀请以${p.cooperative.zh}成员的身份使用山海集市合作社后台。请在 ${p.days} 天内打开以下链接：\n${p.link}\n\n` +
          `You are invited to act for ${p.cooperative.en} in the Shanhai Market cooperative portal. Open this link within ${p.days} days:\n${p.link}\n\n` +
          '如果您不认识邀请人，请忽略此邮件。 If you do not know who invited you, ignore this mail.',
      });
    });
  }
}
