/**
 * Emulators and custom endpoints, for every AWS client the adapters make. Its own module, so that an S3 client never
 * loads the DynamoDB client to ask whether an endpoint is local.
 */

/** Credentials an emulator accepts (DynamoDB Local wants letters and digits only; it keys its data on them). */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'local';

/** True for an endpoint that is not an AWS service host: an emulator gets dummy credentials and region. */
export function isLocalEndpoint(endpoint: string | undefined): boolean {
  if (!endpoint) return false;
  let host: string;
  try {
    host = new URL(endpoint).hostname;
  } catch {
    return false;
  }
  return !/\.amazonaws\.com(\.cn)?$/i.test(host) && !/\.api\.aws$/i.test(host);
}
