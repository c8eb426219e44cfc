import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { CacheModule } from '@nestjs/cache-manager';
import { AuthModule } from './auth/auth.module';
import { JwtAuthGuard } from './auth/jwt-auth.guard';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';

@Module({
  imports: [AuthModule, CacheModule.register()],
  controllers: [ProjectsController],
  providers: [ProjectsService, { provide: APP_GUARD, useClass: JwtAuthGuard }],
})
export class AppModule {}
