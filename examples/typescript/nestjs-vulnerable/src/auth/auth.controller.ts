import { Body, Controller, Get, Post, Query, Res, UnauthorizedException } from '@nestjs/common';
import type { Response } from 'express';
import { AuthService } from './auth.service';

@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  async login(@Body() body: { email: string; password: string }, @Res({ passthrough: true }) res: Response) {
    const token = await this.auth.login(body.email, body.password);
    res.cookie('jwt', token, { sameSite: 'lax' });
    return { ok: true };
  }

  @Get('whoami')
  whoami(@Query('token') token: string) {
    const claims = this.auth.claimsOf(token);
    if (!claims) throw new UnauthorizedException(`not a valid token: ${token}`);
    return { claims };
  }
}
