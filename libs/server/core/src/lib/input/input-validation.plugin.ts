import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type OperationTypeNode } from 'graphql';
import { findInputError } from './input-validation';

// Subscriptions run over WebSocket (graphql-ws); over HTTP they are refused, and an operation type the
// schema does not have at all is refused the same way, instead of failing inside execution.
const operationTypeError = (schema: GraphQLSchema, type: OperationTypeNode): GraphQLError | null => {
  const known = Boolean(schema.getRootType(type));
  if (known && type !== 'subscription') {
    return null;
  }
  return new GraphQLError(
    known
      ? 'Subscriptions are not served over HTTP: open a WebSocket to /graphql with the graphql-transport-ws protocol.'
      : `This API has no ${type} operations.`,
    { extensions: { code: 'BAD_REQUEST', reason: known ? 'SUBSCRIPTION_OVER_HTTP' : 'UNKNOWN_OPERATION_TYPE', http: { status: 400 } } },
  );
};

// Why an HTTP request may not run, found once it is parsed and validated, before any resolver (so before
// authorization too): a refused input answers 400 and changes nothing.
export const findRequestError = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  now: Date,
): GraphQLError | null => operationTypeError(schema, operation.operation) ?? findInputError(schema, document, operation, variables, now);

export const inputValidationPlugin = (): ApolloServerPlugin => ({
  requestDidStart: async () => ({
    didResolveOperation: async ({ schema, document, operation, request }) => {
      const error = operation ? findRequestError(schema, document, operation, request.variables, new Date()) : null;
      if (error) {
        throw error;
      }
    },
  }),
});
