import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthGuard, CurrentUser, type AuthUser } from '@shanhai/api/identity';
import { AddressPatchSchema, AddressSchema, IdParamSchema, type AddressDto, type AddressInput } from '@shanhai/shared/contracts';
import { AddressesService } from './addresses.service';

@ApiTags('addresses')
@Controller('api/addresses')
@UseGuards(AuthGuard)
export class AddressesController {
  constructor(private readonly addresses: AddressesService) {}

  @Get()
  @ApiOperation({ summary: 'My saved delivery addresses' })
  list(@CurrentUser() user: AuthUser): Promise<AddressDto[]> {
    return this.addresses.list(user.id);
  }

  @Post()
  @ApiOperation({ summary: 'Save a delivery address (Chinese format, +86 mobile)' })
  create(@CurrentUser() user: AuthUser, @Body({ schema: AddressSchema }) body: AddressInput): Promise<AddressDto> {
    return this.addresses.create(user.id, body);
  }

  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param({ schema: IdParamSchema }) params: { id: string },
    @Body({ schema: AddressPatchSchema }) body: Partial<AddressInput>,
  ): Promise<AddressDto> {
    return this.addresses.update(user.id, params.id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param({ schema: IdParamSchema }) params: { id: string }): Promise<void> {
    return this.addresses.remove(user.id, params.id);
  }
}
