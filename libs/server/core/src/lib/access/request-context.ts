import type { ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { GraphqlContext } from '../request-loaders';

// The HTTP request behind a GraphQL operation or a plain route.
export const httpOf = (context: ExecutionContext): { req: Request; res: Response; requestId: string | null } => {
  if (context.getType<string>() === 'graphql') {
    const graphql = GqlExecutionContext.create(context).getContext<GraphqlContext>();
    return { req: graphql.req as unknown as Request, res: graphql.res as Response, requestId: graphql.requestId };
  }
  const http = context.switchToHttp();
  return { req: http.getRequest<Request>(), res: http.getResponse<Response>(), requestId: null };
};
