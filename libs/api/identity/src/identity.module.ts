import { Global, Module, type OnModuleInit } from '@nestjs/common';
import { MailService, OutboxWorker } from '@shanhai/api/platform';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { AuthGuard } from './guards';
import { LoginHooks } from './login-hooks';
import { SessionsService } from './sessions.service';

/** Accounts, sessions and the guards every other module uses. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionsService, AuthGuard, LoginHooks],
  exports: [SessionsService, AuthGuard, LoginHooks],
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
  }
}
