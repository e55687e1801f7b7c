import { getNamedType, isInputObjectType, isObjectType, type GraphQLSchema } from 'graphql';
import { argumentRuleKey, INPUT_RULE } from '@doorbraak/server-core';
import { buildSchema } from './schema';

// Every text the API takes has a purpose, and so a limit: a String argument or input field without a
// rule (TextField, TextArg, IsoDateField; see TEXT_RULES) would fall back to the default.
const unruledTexts = (schema: GraphQLSchema): string[] => {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) {
      continue;
    }
    if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const argument of field.args) {
          if (getNamedType(argument.type).name === 'String' && !field.extensions[argumentRuleKey(argument.name)]) {
            missing.push(`${type.name}.${field.name}(${argument.name})`);
          }
        }
      }
    }
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (getNamedType(field.type).name === 'String' && !field.extensions[INPUT_RULE]) {
          missing.push(`${type.name}.${field.name}`);
        }
      }
    }
  }
  return missing;
};

describe('the limits of text inputs', () => {
  it('gives every String argument and input field a rule for its purpose', async () => {
    expect(unruledTexts(await buildSchema())).toEqual([]);
  });
});
