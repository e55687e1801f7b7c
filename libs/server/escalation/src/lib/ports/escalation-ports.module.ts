import { Global, Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { ESCALATION_AGENDA, ESCALATION_NOTIFIER, type EscalationAgenda, type EscalationNotifier } from './escalation-ports';

export type EscalationPortBindings = {
  // The modules that provide the implementations.
  readonly imports: NonNullable<ModuleMetadata['imports']>;
  readonly agenda: Type<EscalationAgenda>;
  readonly notifier: Type<EscalationNotifier>;
};

// Where an application says which implementations the ladder's ports use (once, for every module of the app).
@Global()
@Module({})
export class EscalationPortsModule {
  static bind(bindings: EscalationPortBindings): DynamicModule {
    return {
      module: EscalationPortsModule,
      global: true,
      imports: bindings.imports,
      providers: [
        { provide: ESCALATION_AGENDA, useExisting: bindings.agenda },
        { provide: ESCALATION_NOTIFIER, useExisting: bindings.notifier },
      ],
      exports: [ESCALATION_AGENDA, ESCALATION_NOTIFIER],
    };
  }
}
