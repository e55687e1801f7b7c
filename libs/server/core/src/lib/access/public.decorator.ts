import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'doorbraak:isPublic';

// Marks an operation anyone may call; a token, when sent, still identifies the caller.
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
