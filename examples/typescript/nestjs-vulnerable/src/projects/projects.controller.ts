import { Body, Controller, Delete, Get, Headers, Inject, Param, Patch, Post, UseGuards } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import type { Cache } from 'cache-manager';
import { JwtAuthGuard } from '../auth/jwt-auth.guard';
import { AuthService } from '../auth/auth.service';
import { ProjectsService } from './projects.service';

@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly auth: AuthService,
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
  ) {}

  @UseGuards(JwtAuthGuard)
  @Get()
  async findAll(@Headers('authorization') authorization: string) {
    const cached = await this.cache.get(authorization);
    if (cached) return cached;
    const list = this.projects.findAll();
    await this.cache.set(authorization, list, 30_000);
    return list;
  }

  @UseGuards(JwtAuthGuard)
  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.projects.findOne(id);
  }

  @UseGuards(JwtAuthGuard)
  @Post()
  create(@Body() body: { name: string }) {
    return this.projects.create(body.name);
  }

  @UseGuards(JwtAuthGuard)
  @Patch(':id')
  rename(@Param('id') id: string, @Body() body: { name: string }) {
    return this.projects.rename(id, body.name);
  }

  @Delete(':id')
  remove(@Param('id') id: string, @Headers('authorization') authorization: string) {
    const claims = this.auth.claimsOf(authorization.slice(7));
    if (claims.role !== 'owner') return { deleted: false };
    return this.projects.remove(id);
  }
}
