import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Patch, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, OptionalAuth, type AuthUser } from '@shanhai/api/identity';
import { APP_CONFIG, type AppConfig } from '@shanhai/api/platform';
import { AddCartLineSchema, SetCartLineSchema, SkuParamSchema, type AddCartLineRequest, type CartDto } from '@shanhai/shared/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { guestCartId, setGuestCart } from './cart-cookie';
import { CartService } from './cart.service';

/** The cart of whoever asks: an account's, or a guest's kept by an httpOnly cookie. */
@ApiTags('cart')
@Controller('api/cart')
@UseGuards(AuthGuard)
@OptionalAuth()
export class CartController {
  constructor(
    private readonly carts: CartService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The cart with prices and stock as they are now' })
  async get(@CurrentUser() user: AuthUser | undefined, @Req() req: FastifyRequest): Promise<CartDto> {
    return this.carts.view(await this.carts.findCart({ userId: user?.id ?? null, guestCartId: guestCartId(req) }));
  }

  @Post('lines')
  @HttpCode(200)
  @ApiOperation({ summary: 'Add a variant (adds to the quantity already in the cart)' })
  async add(
    @Body({ schema: AddCartLineSchema }) body: AddCartLineRequest,
    @CurrentUser() user: AuthUser | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CartDto> {
    const cartId = await this.cartFor(user, req, reply);
    await this.carts.addLine(cartId, body.sku, body.quantity);
    return this.carts.view(cartId);
  }

  @Patch('lines/:sku')
  @ApiOperation({ summary: 'Set a line’s quantity; 0 removes it' })
  async set(
    @Param({ schema: SkuParamSchema }) params: { sku: string },
    @Body({ schema: SetCartLineSchema }) body: { quantity: number },
    @CurrentUser() user: AuthUser | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CartDto> {
    const cartId = await this.cartFor(user, req, reply);
    await this.carts.setQuantity(cartId, params.sku, body.quantity);
    return this.carts.view(cartId);
  }

  @Delete('lines/:sku')
  @ApiOperation({ summary: 'Remove a line' })
  async remove(
    @Param({ schema: SkuParamSchema }) params: { sku: string },
    @CurrentUser() user: AuthUser | undefined,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CartDto> {
    const cartId = await this.cartFor(user, req, reply);
    await this.carts.removeLine(cartId, params.sku);
    return this.carts.view(cartId);
  }

  private async cartFor(user: AuthUser | undefined, req: FastifyRequest, reply: FastifyReply): Promise<string> {
    const guest = guestCartId(req);
    const id = await this.carts.ensureCart({ userId: user?.id ?? null, guestCartId: guest });
    if (!user && id !== guest) setGuestCart(reply, id, this.config.cookieSecure);
    return id;
  }
}
