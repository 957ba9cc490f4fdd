import { AuthType, type AuthConfiguration } from '@microsoft/agents-hosting';
import type { TeamsAuth } from './teams-settings.js';

/**
 * Maps our validated settings to the Agents SDK's AuthConfiguration. Built explicitly (never
 * loaded from the SDK's own environment variables) so the settings we validated are the ones used.
 * The anonymous test mode has no clientId: the SDK's JWT middleware then accepts requests without
 * a token, but only while NODE_ENV is not production.
 */
export function toAuthConfiguration(auth: TeamsAuth): AuthConfiguration {
  if (auth.mode === 'anonymous-test') return {};
  const base: AuthConfiguration = {
    clientId: auth.appId,
    tenantId: auth.tenantId,
    ...(auth.authority ? { authorityEndpoint: auth.authority } : {}),
  };
  switch (auth.credential.type) {
    case 'secret':
      return { ...base, authType: AuthType.ClientSecret, clientSecret: auth.credential.secret };
    case 'certificate':
      return { ...base, authType: AuthType.Certificate, certPemFile: auth.credential.pemFile, certKeyFile: auth.credential.keyFile };
    case 'managed-identity':
      return {
        ...base,
        authType: auth.credential.kind === 'system' ? AuthType.SystemManagedIdentity : AuthType.UserManagedIdentity,
      };
  }
}
