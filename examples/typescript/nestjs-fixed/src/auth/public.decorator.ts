import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'isPublic';
/** Opts a route out of the global JwtAuthGuard: sign-in and health only. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
