import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Runs after a sign-in or registration, in the same request (e.g. the guest cart is merged). */
export type LoginHook = (userId: string, req: FastifyRequest, reply: FastifyReply) => Promise<void>;

@Injectable()
export class LoginHooks {
  private readonly hooks: LoginHook[] = [];

  register(hook: LoginHook): void {
    this.hooks.push(hook);
  }

  async run(userId: string, req: FastifyRequest, reply: FastifyReply): Promise<void> {
    for (const hook of this.hooks) await hook(userId, req, reply);
  }
}
