import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';

export interface Claims {
  sub: string;
  role: 'member' | 'owner';
}

@Injectable()
export class AuthService {
  constructor(private readonly jwtService: JwtService) {}

  async login(email: string, password: string): Promise<string> {
    const user = await this.check(email, password);
    if (!user) throw new UnauthorizedException();
    return this.jwtService.sign({ sub: user.id, role: user.role });
  }

  /** Verifies signature, algorithm, expiry, audience and issuer (the module's verifyOptions) before any claim is read. */
  verify(token: string): Claims {
    return this.jwtService.verify<Claims>(token, { algorithms: ['HS256'] });
  }

  private async check(email: string, password: string): Promise<{ id: string; role: Claims['role'] } | undefined> {
    return email && password ? { id: email, role: 'member' } : undefined;
  }
}
