import { Body, Controller, Delete, ForbiddenException, Get, Inject, Param, Patch, Post, Req } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import type { Cache } from 'cache-manager';
import type { Request } from 'express';
import type { Claims } from '../auth/auth.service';
import { ProjectsService } from './projects.service';

// authenticated by the global JwtAuthGuard (APP_GUARD in app.module.ts)
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    @Inject(CACHE_MANAGER) private readonly cache: Cache,
  ) {}

  @Get()
  async findAll(@Req() request: Request) {
    const key = `projects:${(request['user'] as Claims).sub}`;
    const cached = await this.cache.get(key);
    if (cached) return cached;
    const list = this.projects.findAll();
    await this.cache.set(key, list, 30_000);
    return list;
  }

  @Get(':id')
  findOne(@Param('id') id: string) {
    return this.projects.findOne(id);
  }

  @Post()
  create(@Body() body: { name: string }) {
    return this.projects.create(body.name);
  }

  @Patch(':id')
  rename(@Param('id') id: string, @Body() body: { name: string }) {
    return this.projects.rename(id, body.name);
  }

  @Delete(':id')
  remove(@Param('id') id: string, @Req() request: Request) {
    if ((request['user'] as Claims).role !== 'owner') throw new ForbiddenException();
    return this.projects.remove(id);
  }
}
