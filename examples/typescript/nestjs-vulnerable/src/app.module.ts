import { Module } from '@nestjs/common';
import { CacheModule } from '@nestjs/cache-manager';
import { AuthModule } from './auth/auth.module';
import { ProjectsController } from './projects/projects.controller';
import { ProjectsService } from './projects/projects.service';

@Module({
  imports: [AuthModule, CacheModule.register()],
  controllers: [ProjectsController],
  providers: [ProjectsService],
})
export class AppModule {}
