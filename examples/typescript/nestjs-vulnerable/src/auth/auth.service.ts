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

  /** Reads the caller's claims to decide what they may see. */
  claimsOf(token: string): Claims {
    return this.jwtService.decode(token) as Claims;
  }

  private async check(email: string, password: string): Promise<{ id: string; role: Claims['role'] } | undefined> {
    return email && password ? { id: email, role: 'member' } : undefined;
  }
}
